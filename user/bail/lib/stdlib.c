/* BAIL string to number conversion: atoi, strtol, strtoul. */
#include <stdlib.h>

#define BAIL_ULONG_MAX ((unsigned long)-1)
#define BAIL_LONG_MAX ((long)(BAIL_ULONG_MAX >> 1))

/* A parsed number: magnitude, sign, where parsing stopped, overflow. */
struct num {
	unsigned long mag;
	int neg;
	int overflow;
	const char *end;
};

static int is_space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Returns the value of digit c, or 36 when c is not a digit in any base. */
static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 36;
}

/* Consumes a "0x" prefix (bases 0 and 16) and resolves base 0. */
static const char *skip_prefix(const char *s, int *base)
{
	int hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && digit_value(s[2]) < 16;

	if (hex && (*base == 0 || *base == 16)) {
		*base = 16;
		return s + 2;
	}
	if (*base == 0)
		*base = s[0] == '0' ? 8 : 10;
	return s;
}

/*
 * Parses [space][sign][prefix]digits. Accumulates up to the type's limit;
 * beyond it sets overflow and keeps consuming digits. end is s when no digit
 * was read.
 */
static void parse(const char *s, int base, int is_signed, struct num *n)
{
	const char *p = s;
	unsigned long limit = BAIL_ULONG_MAX;
	int any = 0;
	int d;

	n->mag = 0;
	n->neg = 0;
	n->overflow = 0;
	n->end = s;
	if (base < 0 || base == 1 || base > 36)
		return;
	while (is_space(*p))
		p++;
	if (*p == '+' || *p == '-')
		n->neg = *p++ == '-';
	p = skip_prefix(p, &base);
	/* A negative long reaches one past LONG_MAX. */
	if (is_signed)
		limit = (unsigned long)BAIL_LONG_MAX + (unsigned long)n->neg;
	for (; (d = digit_value(*p)) < base; p++, any = 1) {
		unsigned long ud = (unsigned long)d, ub = (unsigned long)base;

		if (n->mag > (limit - ud) / ub)
			n->overflow = 1;
		else
			n->mag = n->mag * ub + ud;
	}
	if (any)
		n->end = p;
}

static void set_end(char **endptr, const char *end)
{
	if (endptr)
		*endptr = (char *)end;
}

/* Clamps to LONG_MIN or LONG_MAX on overflow (there is no errno). */
long strtol(const char *s, char **endptr, int base)
{
	struct num n;

	parse(s, base, 1, &n);
	set_end(endptr, n.end);
	if (n.overflow)
		return n.neg ? -BAIL_LONG_MAX - 1 : BAIL_LONG_MAX;
	if (n.neg)
		return n.mag ? -(long)(n.mag - 1) - 1 : 0;
	return (long)n.mag;
}

/* Clamps to ULONG_MAX on overflow; a '-' negates the result, as in C. */
unsigned long strtoul(const char *s, char **endptr, int base)
{
	struct num n;

	parse(s, base, 0, &n);
	set_end(endptr, n.end);
	if (n.overflow)
		return BAIL_ULONG_MAX;
	return n.neg ? 0 - n.mag : n.mag;
}

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}
