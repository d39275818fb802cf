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

/* A byte that is not printable, as \xNN. */
static prtos_u32_t put_escaped(char c, char *out)
{
	static const char hex[] = "0123456789ABCDEF";
	prtos_u8_t b = (prtos_u8_t)c;

	out[0] = '\\';
	out[1] = 'x';
	out[2] = hex[b >> 4];
	out[3] = hex[b & 0xF];
	return 4;
}

static int plain(char c)
{
	return c >= 0x20 && c < 0x7F;
}

/* One byte at a line start, or one that is not plain: escaped or defused. */
static prtos_u32_t filter_special(int bol, const char *in, prtos_u32_t avail, char *out)
{
	prtos_u32_t len = 0;

	if (bol && in[0] != '\n' && starts_reserved(in, avail))
		out[len++] = '\\';
	if (printable(in[0]))
		out[len++] = in[0];
	else
		len += put_escaped(in[0], out + len);
	return len;
}

/*
 * Work a byte costs, in plain bytes: a byte that is escaped or checked at a line
 * start takes the slow path and up to CONSOLE_BYTE_MAX bytes of output.
 */
#define SPECIAL_COST 6

/*
 * A partition's bytes: escaped, and a reserved prefix at a line start defused.
 * Takes bytes while their work fits in out_max plain bytes (so that a chunk of
 * control bytes costs no more than one of text), and always the first one (its
 * output, at most CONSOLE_BYTE_MAX, fits out_max by the caller's contract), so
 * that every call makes progress. Returns the output length and sets *taken.
 */
static prtos_u32_t filter_partition(int *at_bol, const char *in, prtos_u32_t n, prtos_u32_t ahead,
				    char *out, prtos_u32_t out_max, prtos_u32_t *taken)
{
	prtos_u32_t i = 0, len = 0, left = out_max, end, start;
	int bol = *at_bol; /* a local: stores through out may alias *at_bol */

	_Static_assert(SPECIAL_COST >= CONSOLE_BYTE_MAX, "output fits the budget");
	while (i < n && (left >= SPECIAL_COST || !i)) {
		if (!bol) { /* the common case: a run of plain bytes inside a line */
			end = n - i < left ? n : i + left;
			start = i;
			for (; i < end && plain(in[i]); i++)
				out[len++] = in[i];
			left -= i - start;
		}
		if (i == n || (left < SPECIAL_COST && i))
			break;
		len += filter_special(bol, in + i, n - i + ahead, out + len);
		left -= left < SPECIAL_COST ? left : SPECIAL_COST;
		bol = in[i++] == '\n';
	}
	*at_bol = bol;
	*taken = i;
	return len;
}

/* The bit of core source src in core_cut (processor n: bit n, below 32). */
static prtos_u32_t core_bit(prtos_s32_t src)
{
	return 1U << ((prtos_u32_t)(CONSOLE_SRC_CORE - src) % 32U);
}

prtos_u32_t console_filter(struct console_state *st, prtos_s32_t src, const char *in, prtos_u32_t n,
			   prtos_u32_t ahead, char *out, prtos_u32_t out_max, prtos_u32_t *taken)
{
	prtos_u32_t len = 0, i;

	*taken = 0;
	if (!n)
		return 0;
	if (src != st->src && !st->at_bol) {
		out[len++] = '\n';
		st->at_bol = 1;
		if (CONSOLE_SRC_IS_CORE(st->src))
			st->core_cut |= core_bit(st->src);
	}
	st->src = src;
	if (!CONSOLE_SRC_IS_CORE(src))
		return len +
		       filter_partition(&st->at_bol, in, n, ahead, out + len, out_max - len, taken);
	/* The rest of a cut core line begins like one, unless it is a new line already
	 * (the cut one was never finished: its vCPU was stopped at a preemption point). */
	if ((st->core_cut & core_bit(src)) && !starts_reserved(in, n))
		for (i = 0; i < CONSOLE_CONTINUED_LEN; i++)
			out[len++] = CONSOLE_CONTINUED[i];
	st->core_cut &= ~core_bit(src);
	for (*taken = n; n; n--)
		out[len++] = *in++;
	st->at_bol = out[len - 1] == '\n';
	return len;
}
