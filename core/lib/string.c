/* Freestanding memory and string routines for the core. */
#include <prtos/string.h>

typedef __UINTPTR_TYPE__ uptr;

/*
 * memcpy and memset are weak: an arch may link faster ones of its own (x86:
 * core/arch/x86/string.S), with the same contract.
 */

/* Word at a time once aligned: partition memory is cleared with it. */
__attribute__((weak)) void *memset(void *dst, int c, prtos_u32_t n)
{
	prtos_u8_t *d = dst;
	prtos_u32_t word = (prtos_u8_t)c * 0x01010101U;

	for (; n && ((uptr)d & 3U); n--)
		*d++ = (prtos_u8_t)c;
	for (; n >= 4; n -= 4, d += 4)
		*(prtos_u32_t *)(void *)d = word;
	while (n--)
		*d++ = (prtos_u8_t)c;
	return dst;
}

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "copy_misaligned merges LE words");

/*
 * dst word-aligned, src not: reads the source as aligned words and merges
 * neighbours, so that no access is unaligned and none touches a word that holds
 * no source byte (a memory checker that works at byte granularity would still
 * see the first and last words as partly outside the source). Copies n & ~3 bytes.
 */
__attribute__((no_sanitize_address)) static void copy_misaligned(prtos_u32_t *d,
								 const prtos_u8_t *s, prtos_u32_t n)
{
	prtos_u32_t shift = ((uptr)s & 3U) * 8;
	const prtos_u32_t *w = (const prtos_u32_t *)(const void *)(s - ((uptr)s & 3U));
	prtos_u32_t lo = *w++, hi;

	for (; n >= 4; n -= 4) {
		hi = *w++;
		*d++ = (lo >> shift) | (hi << (32 - shift));
		lo = hi;
	}
}

/* n words from s to d, four at a time. */
static inline __attribute__((always_inline)) void copy_words(prtos_u32_t *d, const prtos_u32_t *s,
							     prtos_u32_t n)
{
	for (; n >= 4; n -= 4, d += 4, s += 4) {
		d[0] = s[0];
		d[1] = s[1];
		d[2] = s[2];
		d[3] = s[3];
	}
	for (; n; n--)
		*d++ = *s++;
}

/*
 * Word at a time whatever the alignment (messages, images and guest data come
 * at any address): the cost is the same for every buffer of a given size.
 */
__attribute__((weak)) void *memcpy(void *dst, const void *src, prtos_u32_t n)
{
	prtos_u8_t *d = dst;
	const prtos_u8_t *s = src;
	prtos_u32_t words;

	if ((((uptr)d | (uptr)s | n) & 3U) == 0) { /* the common case */
		copy_words(dst, src, n / 4);
		return dst;
	}
	for (; n && ((uptr)d & 3U); n--)
		*d++ = *s++;
	words = n & ~3U;
	if ((uptr)s & 3U)
		copy_misaligned((prtos_u32_t *)(void *)d, s, words);
	else
		copy_words((prtos_u32_t *)(void *)d, (const prtos_u32_t *)(const void *)s,
			   words / 4);
	d += words;
	s += words;
	for (n -= words; n; n--)
		*d++ = *s++;
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
