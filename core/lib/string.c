/* Freestanding memory and string routines for the core. */
#include <prtos/string.h>

/* Word at a time once aligned: partition memory is cleared with it. */
void *memset(void *dst, int c, prtos_u32_t n)
{
	prtos_u8_t *d = dst;
	prtos_u32_t word = (prtos_u8_t)c * 0x01010101U;

	for (; n && ((prtos_u32_t)d & 3U); n--)
		*d++ = (prtos_u8_t)c;
	for (; n >= 4; n -= 4, d += 4)
		*(prtos_u32_t *)(void *)d = word;
	while (n--)
		*d++ = (prtos_u8_t)c;
	return dst;
}

/* Word at a time when both sides are 4-byte aligned: messages and images. */
void *memcpy(void *dst, const void *src, prtos_u32_t n)
{
	prtos_u8_t *d = dst;
	const prtos_u8_t *s = src;

	if ((((prtos_u32_t)d | (prtos_u32_t)s) & 3U) == 0) {
		for (; n >= 4; n -= 4, d += 4, s += 4)
			*(prtos_u32_t *)(void *)d = *(const prtos_u32_t *)(const void *)s;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

/* Overlap-safe copy. */
void *memmove(void *dst, const void *src, prtos_u32_t n)
{
	prtos_u8_t *d = dst;
	const prtos_u8_t *s = src;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

int memcmp(const void *a, const void *b, prtos_u32_t n)
{
	const prtos_u8_t *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

prtos_u32_t strnlen(const char *s, prtos_u32_t max)
{
	prtos_u32_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int strncmp(const char *a, const char *b, prtos_u32_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (prtos_u8_t)*a - (prtos_u8_t)*b;
		if (!*a)
			return 0;
	}
	return 0;
}

void strlcpy_k(char *dst, const char *src, prtos_u32_t size)
{
	prtos_u32_t n = strnlen(src, size - 1);

	memcpy(dst, src, n);
	dst[n] = '\0';
}
