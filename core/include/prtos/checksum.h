/* CRC-32 for the core: one out-of-line copy, so that the table is in the image once. */
#ifndef PRTOS_CHECKSUM_H
#define PRTOS_CHECKSUM_H

#include <prtos/types.h>

/* prtos_crc32() of prtos/crc32.h. */
prtos_u32_t checksum_crc32(prtos_u32_t crc, const void *data, prtos_u32_t len);

#endif
