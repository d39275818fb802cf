/* Memory checks: regions, the hypervisor and loader areas, memory blocks, partition areas
 * (physical placement) and their mappings (virtual placement). What the platform itself keeps
 * (low memory, device registers) comes from platform_x86.c. */
#include <prtos/arch_abi.h>
#include <prtos/pct.h>
#include <prtos/config_check.h>
#include "check.h"
#include "diag.h"

int mem_overlap(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size)
{
	prtos_u64_t a_end = (prtos_u64_t)a + a_size, b_end = (prtos_u64_t)b + b_size;

	return a_size && b_size && a < b_end && b < a_end;
}

int mem_inside(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size)
{
	return a >= b && (prtos_u64_t)a + a_size <= (prtos_u64_t)b + b_size;
}

int mem_aligned(prtos_u32_t v)
{
	return (v & (PAGE_SIZE - 1)) == 0;
}

/* Inside a region of the given type (a ROM-flagged area may also sit in ROM). */
static int in_region(const struct prtos_config *cf, prtos_u32_t start, prtos_u32_t size,
		     int allow_rom)
{
	prtos_u32_t i;

	for (i = 0; i < cf->num_regions; i++) {
		const struct prtos_conf_region *r = &cf->regions[i];

		if ((r->type == PRTOS_REGION_RAM || allow_rom) &&
		    mem_inside(start, size, r->start, r->size))
			return 1;
	}
	return 0;
}

/* Physical memory the platform keeps: the device window, and the low memory too when `low`.
 * `what` names the range in the message ("region", "area", "memory block"). */
static void check_platform_phys(unsigned line, const char *what, prtos_u32_t start,
				prtos_u32_t size, int low)
{
	const char *why = low ? platform_low_phys(start, size) : NULL;

	if (why)
		diag_error(line, "%s 0x%08x-0x%08x %s", what, start, start + size - 1, why);
	why = platform_device_window(start, size);
	if (why)
		diag_error(line, "%s %s", what, why);
	why = low ? platform_top_phys(start, size) : NULL;
	if (why)
		diag_error(line, "%s 0x%08x-0x%08x %s", what, start, start + size - 1, why);
}

/* Regions may cover the low memory (it is RAM), not the device registers. */
static void check_regions(struct cc_model *m)
{
	const struct prtos_config *cf = &m->cf;
	prtos_u32_t i, j;

	for (i = 0; i < cf->num_regions; i++) {
		const struct prtos_conf_region *r = &cf->regions[i];

		if (!mem_aligned(r->start) || !mem_aligned(r->size) || !r->size)
			diag_error(m->region_line[i], "region is not 4 KiB aligned or is empty");
		if ((prtos_u64_t)r->start + r->size > 0x100000000ULL)
			diag_error(m->region_line[i], "region extends past 4 GiB");
		check_platform_phys(m->region_line[i], "region", r->start, r->size, 0);
		for (j = 0; j < i; j++)
			if (mem_overlap(r->start, r->size, cf->regions[j].start,
					cf->regions[j].size))
				diag_error(m->region_line[i],
					   "region overlaps the region at line %u",
					   m->region_line[j]);
	}
}

static void check_hyp_area(struct cc_model *m)
{
	const struct prtos_conf_hypervisor *h = &m->cf.hyp;
	unsigned line = m->hyp_area_line ? m->hyp_area_line : m->hyp_line;

	if (!h->size || !mem_aligned(h->size))
		diag_error(line, "hypervisor area size must be a non-zero multiple of 4 KiB");
	if (!in_region(&m->cf, h->start, h->size, 0))
		diag_error(line, "hypervisor area 0x%08x-0x%08x is not inside a RAM region",
			   h->start, h->start + h->size - 1);
	if (h->flags & CC_HYP_FLAGS_FORBIDDEN)
		diag_error(line, "hypervisor area may not be shared, read-only or unmapped");
}

/* The loader's own areas: they sit in the low memory by design. */
static void check_rsw(struct cc_model *m)
{
	const struct prtos_config *cf = &m->cf;
	prtos_u32_t i;

	for (i = 0; i < cf->rsw.num_areas; i++) {
		const struct prtos_conf_region *a = &cf->rsw.areas[i];

		if (!in_region(cf, a->start, a->size, 1))
			diag_error(m->rsw_line[i], "ResidentSw area is not inside a region");
		if (mem_overlap(a->start, a->size, cf->hyp.start, cf->hyp.size))
			diag_error(m->rsw_line[i], "ResidentSw area overlaps the hypervisor area");
	}
}

/* A memory block is RAM the core writes and keeps (HM log, traces): ordinary RAM only. */
static void check_memblock(struct cc_model *m, prtos_u32_t i)
{
	const struct prtos_config *cf = &m->cf;
	const struct prtos_conf_memblock *b = &cf->devices.memblocks[i];
	unsigned line = m->memblock_line[i];
	prtos_u32_t j;

	if (!in_region(cf, b->start, b->size, 0))
		diag_error(line, "memory block is not inside a RAM region");
	check_platform_phys(line, "memory block", b->start, b->size, 1);
	if (mem_overlap(b->start, b->size, cf->hyp.start, cf->hyp.size))
		diag_error(line, "memory block overlaps the hypervisor area");
	for (j = 0; j < cf->rsw.num_areas; j++)
		if (mem_overlap(b->start, b->size, cf->rsw.areas[j].start, cf->rsw.areas[j].size))
			diag_error(line, "memory block overlaps the ResidentSw area at line %u",
				   m->rsw_line[j]);
	for (j = 0; j < i; j++)
		if (mem_overlap(b->start, b->size, cf->devices.memblocks[j].start,
				cf->devices.memblocks[j].size))
			diag_error(line, "memory block overlaps the memory block at line %u",
				   m->memblock_line[j]);
}

/* An area against the memory no partition owns: the platform's, the hypervisor's, the
 * loader's and the memory blocks. */
static void check_area_not_system(struct cc_model *m, const struct prtos_conf_area *a)
{
	const struct prtos_config *cf = &m->cf;
	prtos_u32_t j;

	check_platform_phys(a->line, "area", a->start, a->size, 1);
	if (mem_overlap(a->start, a->size, cf->hyp.start, cf->hyp.size))
		diag_error(a->line, "area overlaps the hypervisor area (0x%08x-0x%08x)",
			   cf->hyp.start, cf->hyp.start + cf->hyp.size - 1);
	for (j = 0; j < cf->rsw.num_areas; j++)
		if (mem_overlap(a->start, a->size, cf->rsw.areas[j].start, cf->rsw.areas[j].size))
			diag_error(a->line, "area overlaps the ResidentSw area at line %u",
				   m->rsw_line[j]);
	for (j = 0; j < cf->devices.num_memblocks; j++)
		if (mem_overlap(a->start, a->size, cf->devices.memblocks[j].start,
				cf->devices.memblocks[j].size))
			diag_error(a->line, "area overlaps the memory block \"%s\"",
				   cf->devices.memblocks[j].name);
}

/* Physical placement of one area against everything before it. */
static void check_area_phys(struct cc_model *m, prtos_u32_t i)
{
	const struct prtos_config *cf = &m->cf;
	const struct prtos_conf_area *a = &cf->areas[i], *o;
	prtos_u32_t j;

	if (!mem_aligned(a->start) || !mem_aligned(a->size) || !a->size)
		diag_error(a->line, "area start and size must be 4 KiB aligned and non-zero");
	if (!in_region(cf, a->start, a->size, (a->flags & PRTOS_MEM_AREA_ROM) != 0))
		diag_error(a->line, "area 0x%08x-0x%08x is not inside a RAM region", a->start,
			   a->start + a->size - 1);
	check_area_not_system(m, a);
	for (j = 0; j < i; j++) {
		o = &cf->areas[j];
		if ((a->flags & o->flags & PRTOS_MEM_AREA_SHARED) ||
		    !mem_overlap(a->start, a->size, o->start, o->size))
			continue;
		diag_error(a->line, "area overlaps the area at line %u (not both shared)", o->line);
	}
}

/* Virtual placement of a partition's mapped areas. */
/* The core's own virtual range: its area rounded out to PRTOS_CORE_VADDR_GRANULE. */
static prtos_u32_t core_vstart(const struct prtos_config *cf)
{
	return cf->hyp.start & ~(PRTOS_CORE_VADDR_GRANULE - 1);
}

static prtos_u32_t core_vsize(const struct prtos_config *cf)
{
	prtos_u64_t end = (prtos_u64_t)cf->hyp.start + cf->hyp.size + PRTOS_CORE_VADDR_GRANULE - 1;

	end &= ~(prtos_u64_t)(PRTOS_CORE_VADDR_GRANULE - 1);
	return (prtos_u32_t)(end - core_vstart(cf));
}

/* Virtual placement of one mapped area against what every address space keeps. */
static void check_mapping(struct cc_model *m, const struct prtos_conf_area *a)
{
	const struct prtos_config *cf = &m->cf;
	const char *why;

	if (a->mapped_at != a->start && !mem_aligned(a->mapped_at))
		diag_error(a->line, "mappedAt 0x%08x is not 4 KiB aligned", a->mapped_at);
	why = platform_low_virt(a->mapped_at, a->size);
	if (why)
		diag_error(a->line, "area mapped at 0x%08x-0x%08x %s", a->mapped_at,
			   a->mapped_at + a->size - 1, why);
	if ((prtos_u64_t)a->mapped_at + a->size > PRTOS_RESERVED_VADDR)
		diag_error(a->line, "area is mapped at or above 0x%08x (reserved for the core)",
			   PRTOS_RESERVED_VADDR);
	if (mem_overlap(a->mapped_at, a->size, core_vstart(cf), core_vsize(cf)))
		diag_error(a->line,
			   "area is mapped inside 0x%08x-0x%08x (the core's %u MiB windows)",
			   core_vstart(cf), core_vstart(cf) + core_vsize(cf) - 1,
			   PRTOS_CORE_VADDR_GRANULE >> 20);
}

/* Unmapped areas have no virtual placement to check. */
static void check_part_mappings(struct cc_model *m, const struct prtos_conf_partition *p)
{
	const struct prtos_config *cf = &m->cf;
	const struct prtos_conf_area *a, *o;
	prtos_u32_t i, j;

	for (i = p->first_area; i < p->first_area + p->num_areas; i++) {
		a = &cf->areas[i];
		if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
			continue;
		check_mapping(m, a);
		for (j = p->first_area; j < i; j++) {
			o = &cf->areas[j];
			if (!(o->flags & PRTOS_MEM_AREA_UNMAPPED) &&
			    mem_overlap(a->mapped_at, a->size, o->mapped_at, o->size))
				diag_error(a->line,
					   "mapping overlaps the mapping of the area at line %u",
					   o->line);
		}
	}
}

/* The core's rule "address spaces", once the areas are sound: every partition starts. */
static void check_spaces(struct cc_model *m)
{
	prtos_u32_t part, pages;

	if (diag_errors() || !arch_config_spaces(&m->cf, &part, &pages))
		return;
	diag_error(m->part[part].line,
		   "the address spaces of partitions 0-%u need %u page-table pages; the core "
		   "keeps %u (raise CONFIG_PT_POOL_PAGES, or map the areas in fewer 4 MiB "
		   "windows)",
		   part, pages, CONFIG_PT_POOL_PAGES);
}

void check_memory(struct cc_model *m)
{
	prtos_u32_t i;

	check_regions(m);
	check_hyp_area(m);
	check_rsw(m);
	for (i = 0; i < m->cf.devices.num_memblocks; i++)
		check_memblock(m, i);
	for (i = 0; i < m->cf.num_areas; i++)
		check_area_phys(m, i);
	for (i = 0; i < m->cf.num_partitions; i++) {
		if (!m->cf.partitions[i].num_areas)
			diag_error(m->part[i].line, "partition has no memory area");
		check_part_mappings(m, &m->cf.partitions[i]);
	}
	check_spaces(m);
}
