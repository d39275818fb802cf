/* The console's escaping rules (host-testable): what a source's bytes become on the device. */
#include <prtos/console.h>

static const char *const reserved[] = CONSOLE_RESERVED;

/*
 * 1 if the line that starts at in[0] (avail bytes known) could begin with a
 * reserved prefix. A prefix cut short by the end of the bytes counts: the
 * writer's next write could complete it.
 */
static int starts_reserved(const char *in, prtos_u32_t avail)
{
	prtos_u32_t r, i;

	for (r = 0; r < sizeof(reserved) / sizeof(reserved[0]); r++) {
		for (i = 0; reserved[r][i] && i < avail && in[i] == reserved[r][i]; i++)
			;
		if (!reserved[r][i] || i == avail)
			return 1;
	}
	return 0;
}

static int printable(char c)
{
	return c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F);
}

static prtos_u32_t put_escaped(char c, char *out)
{
	static const char hex[] = "0123456789ABCDEF";
	prtos_u8_t b = (prtos_u8_t)c;

	if (printable(c)) {
		out[0] = c;
		return 1;
	}
	out[0] = '\\';
	out[1] = 'x';
	out[2] = hex[b >> 4];
	out[3] = hex[b & 0xF];
	return 4;
}

prtos_u32_t console_filter(struct console_state *st, prtos_s32_t src, const char *in, prtos_u32_t n,
			   prtos_u32_t ahead, char *out)
{
	prtos_u32_t i, len = 0;

	if (!n)
		return 0;
	if (src != st->src && !st->at_bol) {
		out[len++] = '\n';
		st->at_bol = 1;
	}
	st->src = src;
	for (i = 0; i < n; i++) {
		if (src == CONSOLE_SRC_CORE) {
			out[len++] = in[i];
		} else {
			if (st->at_bol && in[i] != '\n' && starts_reserved(in + i, n - i + ahead))
				out[len++] = '\\';
			len += put_escaped(in[i], out + len);
		}
		st->at_bol = in[i] == '\n';
	}
	return len;
}
