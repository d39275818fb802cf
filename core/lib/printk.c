/* vsnprintk: the core's small formatter (no floating point, no heap). */
#include <prtos/printk.h>
#include <prtos/string.h>

struct out {
	char *buf;
	prtos_u32_t size;
	prtos_u32_t len; /* characters produced, even past size */
};

static void out_char(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void out_number(struct out *o, prtos_u64_t v, unsigned base, int neg, int width, char pad,
		       int upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24];
	int n = 0;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	if (neg && pad == '0')
		out_char(o, '-');
	for (width -= n + neg; width > 0; width--)
		out_char(o, pad);
	if (neg && pad != '0')
		out_char(o, '-');
	while (n)
		out_char(o, tmp[--n]);
}

static void out_string(struct out *o, const char *s, int width, int left)
{
	int n;

	if (!s)
		s = "(null)";
	n = (int)strnlen(s, 0x7FFFFFFF);
	for (width -= n; !left && width > 0; width--)
		out_char(o, ' ');
	while (*s)
		out_char(o, *s++);
	for (; left && width > 0; width--)
		out_char(o, ' ');
}

/* Reads the integer argument for conversion c with `lng` l's; returns its magnitude. */
static prtos_u64_t fetch_int(va_list_k *ap, char c, int lng, int *neg)
{
	prtos_s64_t sv;

	*neg = 0;
	/* One l is a long: as wide as a word of the target. */
	if (lng == 1 && sizeof(long) == sizeof(prtos_u64_t))
		lng = 2;
	if (c != 'd' && c != 'i') {
		if (lng >= 2)
			return __builtin_va_arg(*ap, prtos_u64_t);
		return __builtin_va_arg(*ap, prtos_u32_t);
	}
	sv = lng >= 2 ? __builtin_va_arg(*ap, prtos_s64_t) : __builtin_va_arg(*ap, prtos_s32_t);
	if (sv < 0) {
		*neg = 1;
		return (prtos_u64_t)0 - (prtos_u64_t)sv;
	}
	return (prtos_u64_t)sv;
}

int vsnprintk(char *buf, prtos_u32_t size, const char *fmt, va_list_k args)
{
	struct out o = {buf, size, 0};
	va_list_k ap; /* a copy: where va_list is an array, &args is not a va_list_k * */
	int width, lng, neg, left;
	char pad, c;
	prtos_u64_t v;

	__builtin_va_copy(ap, args);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			out_char(&o, *fmt);
			continue;
		}
		pad = ' ';
		width = 0;
		lng = 0;
		left = 0;
		if (*++fmt == '-') {
			left = 1;
			fmt++;
		}
		if (*fmt == '0')
			pad = '0';
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l') {
			lng++;
			fmt++;
		}
		c = *fmt;
		switch (c) {
		case 'd':
		case 'i':
		case 'u':
		case 'x':
		case 'X':
			v = fetch_int(&ap, c, lng, &neg);
			out_number(&o, v, (c == 'x' || c == 'X') ? 16 : 10, neg, width, pad,
				   c == 'X');
			break;
		case 'p':
			out_number(&o, (__UINTPTR_TYPE__) __builtin_va_arg(ap, void *), 16, 0,
				   2 * (int)sizeof(void *), '0', 0);
			break;
		case 's':
			out_string(&o, __builtin_va_arg(ap, const char *), width, left);
			break;
		case 'c':
			out_char(&o, (char)__builtin_va_arg(ap, int));
			break;
		case '\0':
			fmt--;
			break;
		default:
			out_char(&o, c);
		}
	}
	__builtin_va_end(ap);
	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
}

int snprintk(char *buf, prtos_u32_t size, const char *fmt, ...)
{
	va_list_k ap;
	int n;

	__builtin_va_start(ap, fmt);
	n = vsnprintk(buf, size, fmt, ap);
	__builtin_va_end(ap);
	return n;
}
