/*
 * The one text of a refusal: "<table> <index>: <msg>[ <sub> <n>][ (0x<value>)]".
 * Freestanding like the checker, so that prtoscc, the loader and the core print
 * the same words.
 */
#include <prtos/config_check.h>

struct text {
	char *buf;
	prtos_u32_t size, len; /* len < size: room for the NUL */
};

static void put_char(struct text *t, char c)
{
	if (t->len + 1 < t->size)
		t->buf[t->len++] = c;
}

static void put_str(struct text *t, const char *s)
{
	while (*s)
		put_char(t, *s++);
}

static void put_num(struct text *t, prtos_u32_t v, prtos_u32_t base)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[10];
	int n = 0;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	while (n)
		put_char(t, tmp[--n]);
}

prtos_u32_t config_error_format(const struct config_error *e, char *buf, prtos_u32_t size)
{
	struct text t = {buf, size, 0};

	if (!size)
		return 0;
	if (e->table) {
		put_str(&t, e->table);
		put_char(&t, ' ');
		put_num(&t, e->index, 10);
		put_str(&t, ": ");
	}
	put_str(&t, e->msg);
	if (e->sub) {
		put_char(&t, ' ');
		put_str(&t, e->sub);
		put_char(&t, ' ');
		put_num(&t, e->sub_index, 10);
	}
	if (e->has_value) {
		put_str(&t, " (0x");
		put_num(&t, e->value, 16);
		put_char(&t, ')');
	}
	buf[t.len] = '\0';
	return t.len;
}
