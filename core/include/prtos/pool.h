/* The core's pools: memory the configuration sizes, at the top of the hypervisor area. */
#ifndef PRTOS_POOL_H
#define PRTOS_POOL_H

#include <prtos/types.h>
#include <prtos/container.h>
#include <prtos/config_blob.h>

/*
 * Finds the pools the checked configuration lays out (PRTOS_POOL_*), and zeroes
 * them. Refuses (prints why, returns -1) a layout that would cover the core's
 * image or the container copy the loader left below it. Boot, after
 * boot_container_init().
 */
int pool_init(const struct prtos_boot_info *info);
/* Bytes of pool (its size in the configuration). */
prtos_u32_t pool_size(prtos_u32_t pool);
/* The core's pointer to [off, off + size) of pool; that range must lie in it (CHECK). */
void *pool_at(prtos_u32_t pool, prtos_u32_t off, prtos_u32_t size);

#endif
