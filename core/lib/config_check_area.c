/*
 * Configuration checker, partition areas: each one's own shape, its physical place
 * against the core, the loader, the memory blocks and every other area, and the
 * virtual place of the mapped ones. Pairs are compared once: quadratic in the number
 * of areas (at most CONFIG_MAX_MEM_AREAS), and the checker runs once per boot.
 */
#include "config_check_internal.h"

/* Rule "area shape": 4 KiB aligned, not empty, no wrap, known flags, in RAM (or ROM). */
static int check_shape(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_area *a = &c->areas[i];
	int mapped = !(a->flags & PRTOS_MEM_AREA_UNMAPPED);

	if (!a->size || !config_page_aligned(a->start) || !config_page_aligned(a->size) ||
	    config_wraps(a->start, a->size))
		return config_fail_val(err, CONFIG_E_AREA, "area", i,
				       "not 4 KiB aligned, empty or past 4 GiB", a->start);
	if (mapped && (!config_page_aligned(a->mapped_at) || config_wraps(a->mapped_at, a->size)))
		return config_fail_val(err, CONFIG_E_AREA, "area", i,
				       "mapped at an address not 4 KiB aligned or past 4 GiB",
				       a->mapped_at);
	if (a->flags & ~CHECK_AREA_FLAGS)
		return config_fail_val(err, CONFIG_E_AREA, "area", i, "unknown flags", a->flags);
	if (!config_in_region(c, a->start, a->size, a->flags & PRTOS_MEM_AREA_ROM))
		return config_fail_val(err, CONFIG_E_AREA, "area", i, "not inside a RAM region",
				       a->start);
	return 0;
}

/* Rule "area owner": never over the core, the loader or a memory block. */
static int check_not_system(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_area *a = &c->areas[i];
	prtos_u32_t j;

	if (config_overlap(a->start, a->size, c->hyp.start, c->hyp.size))
		return config_fail_val(err, CONFIG_E_OVERLAP, "area", i,
				       "overlaps the hypervisor's area", a->start);
	for (j = 0; j < c->rsw.num_areas; j++)
		if (config_overlap(a->start, a->size, c->rsw.areas[j].start, c->rsw.areas[j].size))
			return config_fail_sub(err, CONFIG_E_OVERLAP, "area", i, "overlaps",
					       "loader area", j);
	for (j = 0; j < c->devices.num_memblocks; j++)
		if (config_overlap(a->start, a->size, c->devices.memblocks[j].start,
				   c->devices.memblocks[j].size))
			return config_fail_sub(err, CONFIG_E_OVERLAP, "area", i, "overlaps",
					       "memory block", j);
	return 0;
}

/* Rule "reserved": what the architecture keeps, physically and (if mapped) virtually. */
static int check_reserved(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_area *a = &c->areas[i];
	const char *why = arch_config_phys(a->start, a->size);

	if (why)
		return config_fail_val(err, CONFIG_E_RESERVED, "area", i, why, a->start);
	if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
		return 0;
	why = arch_config_virt(c, a->mapped_at, a->size);
	if (why)
		return config_fail_val(err, CONFIG_E_RESERVED, "area", i, why, a->mapped_at);
	return 0;
}

/* Rule "area overlap": two areas share memory only when both are shared. */
static int check_others(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_area *a = &c->areas[i], *o;
	prtos_u32_t j;

	for (j = 0; j < i; j++) {
		o = &c->areas[j];
		if (!(a->flags & o->flags & PRTOS_MEM_AREA_SHARED) &&
		    config_overlap(a->start, a->size, o->start, o->size))
			return config_fail_sub(err, CONFIG_E_OVERLAP, "area", i,
					       "overlaps (not both shared)", "area", j);
	}
	return 0;
}

/* Rule "mappings": the mapped areas of one partition do not overlap virtually. */
static int check_mappings(const struct prtos_config *c, const struct prtos_conf_partition *p,
			  prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_area *a = &c->areas[i], *o;
	prtos_u32_t j;

	if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
		return 0;
	for (j = p->first_area; j < i; j++) {
		o = &c->areas[j];
		if (!(o->flags & PRTOS_MEM_AREA_UNMAPPED) &&
		    config_overlap(a->mapped_at, a->size, o->mapped_at, o->size))
			return config_fail_sub(err, CONFIG_E_OVERLAP, "area", i,
					       "is mapped over the mapping of", "area", j);
	}
	return 0;
}

int config_check_areas(const struct prtos_config *c, struct config_error *err)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t part, i;

	for (part = 0; part < c->num_partitions; part++) {
		p = &c->partitions[part];
		for (i = p->first_area; i < p->first_area + p->num_areas; i++)
			if (check_shape(c, i, err) || check_not_system(c, i, err) ||
			    check_reserved(c, i, err) || check_others(c, i, err) ||
			    check_mappings(c, p, i, err))
				return err->code;
	}
	return 0;
}
