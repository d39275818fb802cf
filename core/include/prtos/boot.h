/* The boot container handed over by the loader, and the configuration inside it. */
#ifndef PRTOS_BOOT_H
#define PRTOS_BOOT_H

#include <prtos/config_blob.h>
#include <prtos/container.h>

extern const struct prtos_config *prtos_conf;

/* Checks the container header and the configuration; returns 0 or prints why and returns -1. */
int boot_container_init(const struct prtos_boot_info *info);
/* The container entry of type/id, or NULL. */
const struct prtos_container_entry *boot_find_entry(prtos_u32_t type, prtos_u32_t id);
/* Custom file index of partition part_id, or NULL. */
const struct prtos_container_entry *boot_find_custom(prtos_u32_t part_id, prtos_u32_t index);
/*
 * The memory block dev names, for a trace stream or the HM log, if the core may
 * use it: in the table, backing nothing else yet, over no other memory block,
 * not over the core's own area nor memory the platform keeps. NULL otherwise.
 * Boot only.
 */
const struct prtos_conf_memblock *boot_memblock_claim(const struct prtos_conf_dev_ref *dev);
/* First byte of an entry's payload. */
const void *boot_entry_data(const struct prtos_container_entry *e);

#endif
