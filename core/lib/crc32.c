/* The core's one copy of the CRC-32 code and table (prtos/crc32.h is header-only). */
#include <prtos/crc32.h>
#include <prtos/checksum.h>

prtos_u32_t checksum_crc32(prtos_u32_t crc, const void *data, prtos_u32_t len)
{
	return prtos_crc32(crc, data, len);
}
