/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320): the checksum of configurations,
 * containers and images. Header-only so the core, the loader and host tools share it. */
#ifndef PRTOS_UAPI_CRC32_H
#define PRTOS_UAPI_CRC32_H

#include <prtos/types.h>

/* Continue a CRC over len bytes; start with crc = 0. */
static inline prtos_u32_t prtos_crc32(prtos_u32_t crc, const void *data, prtos_u32_t len)
{
	const prtos_u8_t *p = (const prtos_u8_t *)data;
	prtos_u32_t i;
	int bit;

	crc = ~crc;
	for (i = 0; i < len; i++) {
		crc ^= p[i];
		for (bit = 0; bit < 8; bit++)
			crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
	}
	return ~crc;
}

#endif
