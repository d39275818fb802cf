/*
 * Configuration checker, the system's memory: regions, the hypervisor's area, the
 * loader's areas and the memory blocks. The architecture adds what it keeps
 * (arch_config_*). Partition areas are in config_check_area.c.
 */
#include "config_check_internal.h"

int config_in_region(const struct prtos_config *c, prtos_u32_t start, prtos_u32_t size, int rom_ok)
{
	prtos_u32_t i;

	for (i = 0; i < c->num_regions; i++)
		if ((c->regions[i].type == PRTOS_REGION_RAM || rom_ok) &&
		    config_inside(start, size, c->regions[i].start, c->regions[i].size))
			return 1;
	return 0;
}

/* Rule "regions": RAM or ROM, 4 KiB aligned, not empty, below 4 GiB, disjoint. */
static int check_region(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_region *r = &c->regions[i];
	const char *why;
	prtos_u32_t j;

	if (r->type != PRTOS_REGION_RAM && r->type != PRTOS_REGION_ROM)
		return config_fail_val(err, CONFIG_E_REGION, "region", i, "unknown type", r->type);
	if (!r->size || !config_page_aligned(r->start) || !config_page_aligned(r->size) ||
	    config_wraps(r->start, r->size))
		return config_fail_val(err, CONFIG_E_REGION, "region", i,
				       "not 4 KiB aligned, empty or past 4 GiB", r->start);
	why = arch_config_region(r);
	if (why)
		return config_fail_val(err, CONFIG_E_REGION, "region", i, why, r->start);
	for (j = 0; j < i; j++)
		if (config_overlap(r->start, r->size, c->regions[j].start, c->regions[j].size))
			return config_fail_sub(err, CONFIG_E_REGION, "region", i, "overlaps",
					       "region", j);
	return 0;
}

/* Rule "hypervisor": at the core's load address, page-sized, in RAM, private. */
static int check_hypervisor(const struct prtos_config *c, struct config_error *err)
{
	const struct prtos_conf_hypervisor *h = &c->hyp;
	const prtos_u32_t forbidden =
		PRTOS_MEM_AREA_SHARED | PRTOS_MEM_AREA_READONLY | PRTOS_MEM_AREA_UNMAPPED;
	const char *why;

	if (h->start != CONFIG_PRTOS_LOAD_ADDR)
		return config_fail_val(err, CONFIG_E_HYPERVISOR, NULL, 0,
				       "hypervisor area not at the core's load address", h->start);
	if (!h->size || !config_page_aligned(h->size) || config_wraps(h->start, h->size) ||
	    !config_in_region(c, h->start, h->size, 0))
		return config_fail_val(err, CONFIG_E_HYPERVISOR, NULL, 0,
				       "hypervisor area empty, not 4 KiB sized or not in RAM",
				       h->size);
	if ((h->flags & forbidden) || (h->flags & ~CHECK_AREA_FLAGS))
		return config_fail_val(err, CONFIG_E_HYPERVISOR, NULL, 0,
				       "hypervisor area shared, read-only, unmapped or unknown "
				       "flags",
				       h->flags);
	why = arch_config_hypervisor(h);
	if (why)
		return config_fail_val(err, CONFIG_E_HYPERVISOR, NULL, 0, why, h->start);
	return 0;
}

/* Rule "loader": the resident loader's areas lie in a region, off the hypervisor. */
static int check_rsw(const struct prtos_config *c, struct config_error *err)
{
	const struct prtos_conf_region *a;
	prtos_u32_t i;

	for (i = 0; i < c->rsw.num_areas; i++) {
		a = &c->rsw.areas[i];
		if (config_wraps(a->start, a->size) || !config_in_region(c, a->start, a->size, 1))
			return config_fail_val(err, CONFIG_E_REGION, "loader area", i,
					       "not inside a region", a->start);
		if (config_overlap(a->start, a->size, c->hyp.start, c->hyp.size))
			return config_fail_val(err, CONFIG_E_REGION, "loader area", i,
					       "overlaps the hypervisor's area", a->start);
	}
	return 0;
}

/* Rule "memory blocks": RAM the core keeps for logs, off everything else. */
static int check_memblock(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_memblock *b = &c->devices.memblocks[i];
	const char *why;
	prtos_u32_t j;

	if (config_wraps(b->start, b->size) || !config_in_region(c, b->start, b->size, 0))
		return config_fail_val(err, CONFIG_E_MEMBLOCK, "memory block", i,
				       "not inside a RAM region", b->start);
	if (config_overlap(b->start, b->size, c->hyp.start, c->hyp.size))
		return config_fail_val(err, CONFIG_E_MEMBLOCK, "memory block", i,
				       "overlaps the hypervisor's area", b->start);
	why = arch_config_phys(b->start, b->size);
	if (why)
		return config_fail_val(err, CONFIG_E_MEMBLOCK, "memory block", i, why, b->start);
	for (j = 0; j < c->rsw.num_areas; j++)
		if (config_overlap(b->start, b->size, c->rsw.areas[j].start, c->rsw.areas[j].size))
			return config_fail_sub(err, CONFIG_E_MEMBLOCK, "memory block", i,
					       "overlaps", "loader area", j);
	for (j = 0; j < i; j++)
		if (config_overlap(b->start, b->size, c->devices.memblocks[j].start,
				   c->devices.memblocks[j].size))
			return config_fail_sub(err, CONFIG_E_MEMBLOCK, "memory block", i,
					       "overlaps", "memory block", j);
	return 0;
}

int config_check_memory(const struct prtos_config *c, struct config_error *err)
{
	prtos_u32_t i;

	for (i = 0; i < c->num_regions; i++)
		if (check_region(c, i, err))
			return err->code;
	if (check_hypervisor(c, err) || check_rsw(c, err))
		return err->code;
	for (i = 0; i < c->devices.num_memblocks; i++)
		if (check_memblock(c, i, err))
			return err->code;
	return 0;
}
