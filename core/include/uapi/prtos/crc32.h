/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320): the checksum of configurations,
 * containers, images and log records. Header-only so the core, the loader and host
 * tools share it. */
#ifndef PRTOS_UAPI_CRC32_H
#define PRTOS_UAPI_CRC32_H

#include <prtos/types.h>

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "prtos_crc32 takes LE words");

/* The table is computed by the compiler: entry n is n shifted through 8 rounds. */
#define PRTOS_CRC32_ROUND(c) (((c)&1U) ? ((c) >> 1) ^ 0xEDB88320U : (c) >> 1)
#define PRTOS_CRC32_R2(c) PRTOS_CRC32_ROUND(PRTOS_CRC32_ROUND(c))
#define PRTOS_CRC32_R8(c) PRTOS_CRC32_R2(PRTOS_CRC32_R2(PRTOS_CRC32_R2(PRTOS_CRC32_R2(c))))
#define PRTOS_CRC32_E1(n) PRTOS_CRC32_R8((prtos_u32_t)(n))
#define PRTOS_CRC32_E4(n) \
	PRTOS_CRC32_E1(n), PRTOS_CRC32_E1((n) + 1), PRTOS_CRC32_E1((n) + 2), PRTOS_CRC32_E1((n) + 3)
#define PRTOS_CRC32_E16(n)                                                   \
	PRTOS_CRC32_E4(n), PRTOS_CRC32_E4((n) + 4), PRTOS_CRC32_E4((n) + 8), \
		PRTOS_CRC32_E4((n) + 12)
#define PRTOS_CRC32_E64(n)                                                        \
	PRTOS_CRC32_E16(n), PRTOS_CRC32_E16((n) + 16), PRTOS_CRC32_E16((n) + 32), \
		PRTOS_CRC32_E16((n) + 48)

/* CRC of each byte value: one lookup a byte (log records are sealed with interrupts off). */
static const prtos_u32_t prtos_crc32_table[256] = {
	PRTOS_CRC32_E64(0),
	PRTOS_CRC32_E64(64),
	PRTOS_CRC32_E64(128),
	PRTOS_CRC32_E64(192),
};

static inline prtos_u32_t prtos_crc32_byte(prtos_u32_t crc, prtos_u8_t b)
{
	return (crc >> 8) ^ prtos_crc32_table[(crc ^ b) & 0xFFU];
}

/*
 * Continue a CRC over len bytes; start with crc = 0. Aligned words are taken
 * whole (the byte order of the targets is little-endian, as the CRC's is).
 */
static inline prtos_u32_t prtos_crc32(prtos_u32_t crc, const void *data, prtos_u32_t len)
{
	const prtos_u8_t *p = (const prtos_u8_t *)data;

	crc = ~crc;
	for (; len && ((__UINTPTR_TYPE__)p & 3U); len--)
		crc = prtos_crc32_byte(crc, *p++);
	for (; len >= 4; len -= 4, p += 4) {
		prtos_u32_t w;

		__builtin_memcpy(&w, p, 4); /* one aligned load */
		crc ^= w;
		crc = (crc >> 8) ^ prtos_crc32_table[crc & 0xFFU];
		crc = (crc >> 8) ^ prtos_crc32_table[crc & 0xFFU];
		crc = (crc >> 8) ^ prtos_crc32_table[crc & 0xFFU];
		crc = (crc >> 8) ^ prtos_crc32_table[crc & 0xFFU];
	}
	for (; len; len--)
		crc = prtos_crc32_byte(crc, *p++);
	return ~crc;
}

#endif
