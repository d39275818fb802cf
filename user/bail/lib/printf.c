/* BAIL formatted output: printf family and the line-buffered console. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "bail_internal.h"

#define LINE_SIZE 256

enum { F_LEFT = 1, F_ZERO = 2, F_PLUS = 4, F_SPACE = 8, F_ALT = 16 };
enum { L_HH, L_H, L_INT, L_L, L_LL, L_Z };

/* One parsed conversion: flags, width, precision (-1: none), length. */
struct spec {
	int flags;
	int width;
	int prec;
	int len;
	char conv;
};

/* Where output goes: the console line buffer or a bounded string. */
struct out {
	int to_console;
	unsigned int vcpu; /* the console's: whose line buffer */
	char *buf;
	size_t size;
	size_t pos;
};

/* A line buffer per vCPU: vCPUs print at the same time on different processors. */
static char line[BAIL_MAX_VCPUS][LINE_SIZE];
static int line_len[BAIL_MAX_VCPUS];

static void flush_line(unsigned int v)
{
	if (line_len[v]) {
		bail_console_write(line[v], line_len[v]);
		line_len[v] = 0;
	}
}

void bail_console_flush(void)
{
	flush_line(bail_vcpu_index());
}

/* One console write per line; a line longer than the buffer goes in chunks. */
static void console_putc(unsigned int v, char c)
{
	line[v][line_len[v]++] = c;
	if (c == '\n' || line_len[v] == LINE_SIZE)
		flush_line(v);
}

static __attribute__((noinline)) void emit(struct out *o, char c)
{
	if (o->to_console)
		console_putc(o->vcpu, c);
	else if (o->pos + 1 < o->size)
		o->buf[o->pos] = c;
	o->pos++;
}

static void emit_n(struct out *o, char c, int n)
{
	while (n-- > 0)
		emit(o, c);
}

/*
 * Divides *n by base (2..16) in place and returns the remainder, using only
 * 32-bit divisions so the 32-bit target needs no __udivdi3 from libgcc.
 */
static unsigned int div_small(unsigned long long *n, unsigned int base)
{
	unsigned int hi = (unsigned int)(*n >> 32);
	unsigned int lo = (unsigned int)*n;
	unsigned int qhi = hi / base;
	unsigned int t = (hi % base) << 16 | lo >> 16;
	unsigned int qmid = t / base;

	t = (t % base) << 16 | (lo & 0xFFFF);
	*n = (unsigned long long)qhi << 32 | qmid << 16 | t / base;
	return t % base;
}

/* Writes the digits of v backwards into end[-1], end[-2]...; returns count. */
static int to_digits(unsigned long long v, unsigned int base, char *end)
{
	static const char hex[] = "0123456789ABCDEF";
	int n = 0;

	while (v) {
		*--end = hex[div_small(&v, base)];
		n++;
	}
	return n;
}

static unsigned int conv_base(char conv)
{
	if (conv == 'o')
		return 8;
	if (conv == 'x' || conv == 'X' || conv == 'p')
		return 16;
	return 10;
}

static void emit_str(struct out *o, const char *s, int n)
{
	while (n-- > 0)
		emit(o, *s++);
}

/* Prints a number: [spaces][sign][0x][zeros]digits[spaces]. */
static void fmt_num(struct out *o, const struct spec *sp, unsigned long long v, char sign)
{
	char tmp[24];
	unsigned int base = conv_base(sp->conv);
	int ndig = to_digits(v, base, tmp + sizeof(tmp));
	int alt_hex = sp->flags & F_ALT && v && base == 16;
	int plen = sp->conv == 'p' || alt_hex ? 2 : 0;
	int zeros = sp->prec - ndig;
	int body;

	if (!v && sp->prec < 0)
		zeros = 1; /* "0"; an explicit precision 0 prints no digit */
	if (sp->flags & F_ALT && base == 8 && v && zeros <= 0)
		zeros = 1;
	body = (sign != 0) + plen + ndig;
	if ((sp->flags & (F_ZERO | F_LEFT)) == F_ZERO && sp->prec < 0 && sp->width - body > zeros)
		zeros = sp->width - body;
	if (zeros < 0)
		zeros = 0;
	body += zeros;
	if (!(sp->flags & F_LEFT))
		emit_n(o, ' ', sp->width - body);
	if (sign)
		emit(o, sign);
	if (plen) {
		emit(o, '0');
		emit(o, sp->conv == 'X' ? 'X' : 'x');
	}
	emit_n(o, '0', zeros);
	emit_str(o, tmp + sizeof(tmp) - ndig, ndig);
	if (sp->flags & F_LEFT)
		emit_n(o, ' ', sp->width - body);
}

/* Prints at most prec bytes of s (never reading past them), padded. */
static void fmt_str(struct out *o, const struct spec *sp, const char *s)
{
	int n = 0;

	if (!s)
		s = "(null)";
	while ((sp->prec < 0 || n < sp->prec) && s[n])
		n++;
	if (!(sp->flags & F_LEFT))
		emit_n(o, ' ', sp->width - n);
	emit_str(o, s, n);
	if (sp->flags & F_LEFT)
		emit_n(o, ' ', sp->width - n);
}

static long long arg_signed(va_list *ap, int len)
{
	switch (len) {
	case L_HH:
		return (signed char)va_arg(*ap, int);
	case L_H:
		return (short)va_arg(*ap, int);
	case L_L:
		return va_arg(*ap, long);
	case L_LL:
		return va_arg(*ap, long long);
	case L_Z:
		return va_arg(*ap, __PTRDIFF_TYPE__);
	default:
		return va_arg(*ap, int);
	}
}

static unsigned long long arg_unsigned(va_list *ap, int len)
{
	switch (len) {
	case L_HH:
		return (unsigned char)va_arg(*ap, unsigned int);
	case L_H:
		return (unsigned short)va_arg(*ap, unsigned int);
	case L_L:
		return va_arg(*ap, unsigned long);
	case L_LL:
		return va_arg(*ap, unsigned long long);
	case L_Z:
		return va_arg(*ap, size_t);
	default:
		return va_arg(*ap, unsigned int);
	}
}

static void fmt_signed(struct out *o, const struct spec *sp, va_list *ap)
{
	long long v = arg_signed(ap, sp->len);
	unsigned long long mag = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	char sign = 0;

	if (v < 0)
		sign = '-';
	else if (sp->flags & F_PLUS)
		sign = '+';
	else if (sp->flags & F_SPACE)
		sign = ' ';
	fmt_num(o, sp, mag, sign);
}

/* Handles one conversion character; an unknown one is printed as is. */
static void convert(struct out *o, struct spec *sp, va_list *ap)
{
	char c;

	switch (sp->conv) {
	case 'd':
	case 'i':
		fmt_signed(o, sp, ap);
		break;
	case 'u':
	case 'o':
	case 'x':
	case 'X':
		fmt_num(o, sp, arg_unsigned(ap, sp->len), 0);
		break;
	case 'p':
		fmt_num(o, sp, (__UINTPTR_TYPE__)va_arg(*ap, void *), 0);
		break;
	case 's':
		fmt_str(o, sp, va_arg(*ap, const char *));
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		sp->prec = 1;
		fmt_str(o, sp, &c);
		break;
	case '%':
		emit(o, '%');
		break;
	default:
		emit(o, '%');
		emit(o, sp->conv);
		break;
	}
}

static const char *parse_flags(const char *f, struct spec *sp)
{
	for (;; f++) {
		switch (*f) {
		case '-':
			sp->flags |= F_LEFT;
			break;
		case '0':
			sp->flags |= F_ZERO;
			break;
		case '+':
			sp->flags |= F_PLUS;
			break;
		case ' ':
			sp->flags |= F_SPACE;
			break;
		case '#':
			sp->flags |= F_ALT;
			break;
		default:
			return f;
		}
	}
}

/* Parses a decimal number or '*' (taken from the arguments). */
static const char *parse_int(const char *f, int *val, va_list *ap)
{
	if (*f == '*') {
		*val = va_arg(*ap, int);
		return f + 1;
	}
	*val = 0;
	for (; *f >= '0' && *f <= '9'; f++)
		*val = *val * 10 + (*f - '0');
	return f;
}

static const char *parse_len(const char *f, int *len)
{
	*len = L_INT;
	if (*f == 'h') {
		*len = f[1] == 'h' ? L_HH : L_H;
		return f + 1 + (f[1] == 'h');
	}
	if (*f == 'l') {
		*len = f[1] == 'l' ? L_LL : L_L;
		return f + 1 + (f[1] == 'l');
	}
	if (*f == 'z') {
		*len = L_Z;
		return f + 1;
	}
	return f;
}

/* Parses "flags width .prec length" after a '%'; returns the conversion. */
static const char *parse_spec(const char *f, struct spec *sp, va_list *ap)
{
	sp->flags = 0;
	sp->prec = -1;
	f = parse_flags(f, sp);
	f = parse_int(f, &sp->width, ap);
	if (sp->width < 0) {
		sp->flags |= F_LEFT;
		sp->width = -sp->width;
	}
	if (*f == '.') {
		f = parse_int(f + 1, &sp->prec, ap);
		if (sp->prec < 0)
			sp->prec = -1;
	}
	return parse_len(f, &sp->len);
}

/* Formats into o; returns the number of characters produced. */
static int format(struct out *o, const char *fmt, va_list args)
{
	struct spec sp;
	va_list ap;

	va_copy(ap, args);
	while (*fmt) {
		if (*fmt != '%') {
			emit(o, *fmt++);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp, &ap);
		if (!*fmt) {
			emit(o, '%');
			break;
		}
		sp.conv = *fmt++;
		convert(o, &sp, &ap);
	}
	va_end(ap);
	return (int)o->pos;
}

int vprintf(const char *fmt, va_list ap)
{
	struct out o = {1, bail_vcpu_index(), NULL, 0, 0};

	return format(&o, fmt, ap);
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

/* Always NUL-terminates when size > 0; returns the untruncated length. */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = {0, 0, buf, size, 0};
	int n = format(&o, fmt, ap);

	if (size)
		buf[o.pos < size ? o.pos : size - 1] = '\0';
	return n;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int vsprintf(char *buf, const char *fmt, va_list ap)
{
	return vsnprintf(buf, (size_t)-1, fmt, ap);
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	return n;
}

int putchar(int c)
{
	console_putc(bail_vcpu_index(), (char)c);
	return (unsigned char)c;
}
