/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320): the checksum of configurations,
 * containers and images. Header-only so the core, the loader and host tools share it. */
#ifndef PRTOS_UAPI_CRC32_H
#define PRTOS_UAPI_CRC32_H

#include <prtos/types.h>

/* CRC of each 4-bit value: two lookups a byte, a 64-byte table. */
static const prtos_u32_t prtos_crc32_nibble[16] = {
	0x00000000U, 0x1DB71064U, 0x3B6E20C8U, 0x26D930ACU, 0x76DC4190U, 0x6B6B51F4U,
	0x4DB26158U, 0x5005713CU, 0xEDB88320U, 0xF00F9344U, 0xD6D6A3E8U, 0xCB61B38CU,
	0x9B64C2B0U, 0x86D3D2D4U, 0xA00AE278U, 0xBDBDF21CU,
};

/* Continue a CRC over len bytes; start with crc = 0. */
static inline prtos_u32_t prtos_crc32(prtos_u32_t crc, const void *data, prtos_u32_t len)
{
	const prtos_u8_t *p = (const prtos_u8_t *)data;
	prtos_u32_t i;

	crc = ~crc;
	for (i = 0; i < len; i++) {
		crc ^= p[i];
		crc = (crc >> 4) ^ prtos_crc32_nibble[crc & 0xF];
		crc = (crc >> 4) ^ prtos_crc32_nibble[crc & 0xF];
	}
	return ~crc;
}

#endif
