/*
 * Configuration checker, partition areas: each one's own shape, its physical place
 * against the core, the loader, the memory blocks and every other area, and the
 * virtual place of the mapped ones. Overlaps are found on the areas sorted by address,
 * in about linear time for areas listed in order.
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

/*
 * Overlaps are found by a sweep over the areas sorted by address: an area meets an
 * earlier one exactly when it starts at or before the last byte of one of them. All
 * areas passed check_shape (sizes > 0, no wrap), so inclusive 32-bit ends are exact.
 */
struct sweep {
	prtos_u32_t last; /* the highest last byte seen */
	prtos_s32_t who;  /* the area it belongs to; -1: none yet */
};

static int sweep_hits(const struct sweep *s, prtos_u32_t start)
{
	return s->who >= 0 && start <= s->last;
}

static void sweep_add(struct sweep *s, prtos_u32_t i, prtos_u32_t start, prtos_u32_t size)
{
	if (s->who < 0 || start + (size - 1) > s->last) {
		s->last = start + (size - 1);
		s->who = (prtos_s32_t)i;
	}
}

static prtos_u32_t key(const struct prtos_config *c, prtos_u8_t i, int virt)
{
	return virt ? c->areas[i].mapped_at : c->areas[i].start;
}

/* Insertion sort (stable): the tables are short and usually in order already. */
static void sort_areas(const struct prtos_config *c, prtos_u8_t *idx, prtos_u32_t n, int virt)
{
	prtos_u32_t k, m;
	prtos_u8_t x;

	for (k = 1; k < n; k++) {
		x = idx[k];
		for (m = k; m > 0 && key(c, idx[m - 1], virt) > key(c, x, virt); m--)
			idx[m] = idx[m - 1];
		idx[m] = x;
	}
}

_Static_assert(CONFIG_MAX_MEM_AREAS <= 256, "area indexes fit a byte");

/* Rule "area overlap": two areas share memory only when both are shared. */
static int check_overlaps(const struct prtos_config *c, struct config_error *err)
{
	struct sweep all = {0, -1}, unshared = {0, -1};
	prtos_u8_t idx[CONFIG_MAX_MEM_AREAS];
	const struct prtos_conf_area *a;
	prtos_u32_t k;

	for (k = 0; k < c->num_areas; k++)
		idx[k] = (prtos_u8_t)k;
	sort_areas(c, idx, c->num_areas, 0);
	for (k = 0; k < c->num_areas; k++) {
		a = &c->areas[idx[k]];
		if (a->flags & PRTOS_MEM_AREA_SHARED ? sweep_hits(&unshared, a->start)
						     : sweep_hits(&all, a->start))
			return config_fail_sub(err, CONFIG_E_OVERLAP, "area", idx[k],
					       "overlaps (not both shared)", "area",
					       (prtos_u32_t)(a->flags & PRTOS_MEM_AREA_SHARED
								     ? unshared.who
								     : all.who));
		sweep_add(&all, idx[k], a->start, a->size);
		if (!(a->flags & PRTOS_MEM_AREA_SHARED))
			sweep_add(&unshared, idx[k], a->start, a->size);
	}
	return 0;
}

/* Rule "mappings": the mapped areas of one partition do not overlap virtually. */
static int check_mappings(const struct prtos_config *c, const struct prtos_conf_partition *p,
			  struct config_error *err)
{
	struct sweep seen = {0, -1};
	prtos_u8_t idx[PRTOS_PCT_MAX_AREAS];
	const struct prtos_conf_area *a;
	prtos_u32_t i, k, n = 0;

	for (i = p->first_area; i < p->first_area + p->num_areas; i++)
		if (!(c->areas[i].flags & PRTOS_MEM_AREA_UNMAPPED))
			idx[n++] = (prtos_u8_t)i;
	sort_areas(c, idx, n, 1);
	for (k = 0; k < n; k++) {
		a = &c->areas[idx[k]];
		if (sweep_hits(&seen, a->mapped_at))
			return config_fail_sub(err, CONFIG_E_OVERLAP, "area", idx[k],
					       "is mapped over the mapping of", "area",
					       (prtos_u32_t)seen.who);
		sweep_add(&seen, idx[k], a->mapped_at, a->size);
	}
	return 0;
}

/*
 * Rule "address spaces": the partitions' address spaces fit what the core keeps
 * for them (arch_config_spaces), so that every partition the plan names starts.
 */
static int check_spaces(const struct prtos_config *c, struct config_error *err)
{
	prtos_u32_t part = 0, pages = 0;
	const char *why = arch_config_spaces(c, &part, &pages);

	if (why)
		return config_fail_val(err, CONFIG_E_PARTITION, "partition", part, why, pages);
	return 0;
}

int config_check_areas(const struct prtos_config *c, struct config_error *err)
{
	prtos_u32_t i;

	for (i = 0; i < c->num_areas; i++)
		if (check_shape(c, i, err) || check_not_system(c, i, err) ||
		    check_reserved(c, i, err))
			return err->code;
	if (check_overlaps(c, err))
		return err->code;
	for (i = 0; i < c->num_partitions; i++)
		if (check_mappings(c, &c->partitions[i], err))
			return err->code;
	return check_spaces(c, err);
}
