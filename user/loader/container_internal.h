/* Definitions shared by container.c and container_lookup.c only. */
#ifndef PRTOS_LOADER_CONTAINER_INTERNAL_H
#define PRTOS_LOADER_CONTAINER_INTERNAL_H

#include <prtos/container.h>

#define HDR_SIZE ((prtos_u32_t)sizeof(struct prtos_container_hdr))
#define ENTRY_SIZE ((prtos_u32_t)sizeof(struct prtos_container_entry))

static inline int range_inside(prtos_u32_t addr, prtos_u32_t size, prtos_u32_t start,
			       prtos_u32_t len)
{
	prtos_u32_t off;

	if (addr < start)
		return 0;
	off = addr - start;
	return off <= len && size <= len - off;
}

#endif
