/*
 * The memory map of prtoscc --summary: every physical range the configuration places (the
 * core, the loader's areas, memory blocks, each partition's areas) and what the platform
 * keeps, by address inside each region, with the free gaps between them and the areas two
 * partitions share.
 */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "report.h"

#define MAX_ENTRIES \
	(1 + PRTOS_CONF_MAX_RSW_AREAS + PRTOS_CONF_MAX_MEMBLOCKS + CONFIG_MAX_MEM_AREAS + 8)
#define NO_PART 0xFFFFFFFFU

/* One placed range; part is NO_PART unless it is a partition's area. */
struct mem_entry {
	prtos_u32_t start;
	prtos_u64_t end; /* exclusive */
	prtos_u32_t part;
	prtos_u32_t index; /* into the table it comes from (the last sort key) */
	int kind;	   /* enum kind: at one address, platform first and areas last */
	const char *name;
	const struct prtos_conf_area *area; /* partition areas only */
};

enum kind { KIND_PLATFORM, KIND_CORE, KIND_LOADER, KIND_MEMBLOCK, KIND_AREA };

static int entry_cmp(const void *a, const void *b)
{
	const struct mem_entry *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->index != y->index)
		return x->index < y->index ? -1 : 1;
	return 0;
}

/* Append a range (none if empty); returns it, or NULL. */
static struct mem_entry *add(struct mem_entry *e, unsigned *n, int kind, prtos_u32_t index,
			     prtos_u32_t start, prtos_u32_t size, const char *name)
{
	if (*n >= MAX_ENTRIES || !size)
		return NULL;
	e[*n] = (struct mem_entry){start, (prtos_u64_t)start + size, NO_PART, index, kind, name,
				   NULL};
	return &e[(*n)++];
}

static void collect_areas(const struct prtos_config *cf, struct mem_entry *e, unsigned *n)
{
	struct mem_entry *x;
	prtos_u32_t i, k;

	for (i = 0; i < cf->num_partitions && i < CONFIG_MAX_PARTITIONS; i++) {
		const struct prtos_conf_partition *p = &cf->partitions[i];

		for (k = p->first_area; k < p->first_area + p->num_areas && k < cf->num_areas;
		     k++) {
			x = add(e, n, KIND_AREA, k, cf->areas[k].start, cf->areas[k].size,
				cf->areas[k].name);
			if (x) {
				x->part = i;
				x->area = &cf->areas[k];
			}
		}
	}
}

/* Everything placed, sorted by address; returns how many. */
static unsigned collect(const struct prtos_config *cf, struct mem_entry *e)
{
	const struct platform_range *kept = NULL;
	unsigned n = 0, num_kept = 0, i;

	kept = platform_kept(&num_kept);
	for (i = 0; i < num_kept; i++)
		add(e, &n, KIND_PLATFORM, i, kept[i].start, kept[i].size, kept[i].what);
	add(e, &n, KIND_CORE, 0, cf->hyp.start, cf->hyp.size, "hypervisor");
	for (i = 0; i < cf->rsw.num_areas && i < PRTOS_CONF_MAX_RSW_AREAS; i++)
		add(e, &n, KIND_LOADER, i, cf->rsw.areas[i].start, cf->rsw.areas[i].size,
		    "ResidentSw");
	for (i = 0; i < cf->devices.num_memblocks && i < PRTOS_CONF_MAX_MEMBLOCKS; i++)
		add(e, &n, KIND_MEMBLOCK, i, cf->devices.memblocks[i].start,
		    cf->devices.memblocks[i].size, cf->devices.memblocks[i].name);
	collect_areas(cf, e, &n);
	qsort(e, n, sizeof(*e), entry_cmp);
	return n;
}

/* Who uses memory block `index`: the HM log, trace streams. */
static void memblock_users(const struct prtos_config *cf, prtos_u32_t index, char *buf, size_t len)
{
	const struct prtos_conf_dev_ref mb = {PRTOS_DEV_MEMBLOCK, index};
	size_t used = 0;
	prtos_u32_t i;

#define SAME(r) ((r).type == mb.type && (r).index == mb.index)
	buf[0] = '\0';
	if (SAME(cf->hyp.hm_device))
		used += snprintf(buf + used, len - used, ", HM log");
	if (SAME(cf->hyp.trace_device) && used < len)
		used += snprintf(buf + used, len - used, ", hypervisor trace");
	for (i = 0; i < cf->num_partitions && i < CONFIG_MAX_PARTITIONS && used < len; i++)
		if (SAME(cf->partitions[i].trace_device))
			used += snprintf(buf + used, len - used, ", trace of P%u", i);
#undef SAME
}

/* ", read-only, mapped at 0x...": the flags (but "shared", which sharers() says with
 * whom) and where the partition sees the area if not at its physical address. */
static void area_flags(const struct prtos_conf_area *a, char *buf, size_t len)
{
	static const struct {
		prtos_u32_t bit;
		const char *name;
	} names[] = {{PRTOS_MEM_AREA_READONLY, "read-only"},
		     {PRTOS_MEM_AREA_UNMAPPED, "unmapped"},
		     {PRTOS_MEM_AREA_UNCACHEABLE, "uncacheable"},
		     {PRTOS_MEM_AREA_ROM, "rom"},
		     {PRTOS_MEM_AREA_FLAG0, "flag0"},
		     {PRTOS_MEM_AREA_FLAG1, "flag1"},
		     {PRTOS_MEM_AREA_FLAG2, "flag2"},
		     {PRTOS_MEM_AREA_FLAG3, "flag3"}};
	size_t used = 0, i;

	buf[0] = '\0';
	for (i = 0; i < sizeof(names) / sizeof(names[0]) && used < len; i++)
		if (a->flags & names[i].bit)
			used += snprintf(buf + used, len - used, ", %s", names[i].name);
	if (!(a->flags & PRTOS_MEM_AREA_UNMAPPED) && a->mapped_at != a->start && used < len)
		snprintf(buf + used, len - used, ", mapped at 0x%08x", a->mapped_at);
}

/* ", shared with P2 Consumer, P3 Monitor": the partitions whose areas overlap entry i (or
 * ", shared" for a shared area nobody else has). */
static void sharers(const struct prtos_config *cf, const struct mem_entry *e, unsigned n,
		    unsigned i, char *buf, size_t len)
{
	size_t used = strlen(buf);
	unsigned j, found = 0;

	for (j = 0; j < n && used < len; j++)
		if (j != i && e[j].kind == KIND_AREA && e[j].part != e[i].part &&
		    e[j].start < e[i].end && e[i].start < e[j].end)
			used += snprintf(buf + used, len - used, "%sP%u %s",
					 found++ ? ", " : ", shared with ", e[j].part,
					 cf->partitions[e[j].part].name);
	if (!found && (e[i].area->flags & PRTOS_MEM_AREA_SHARED) && used < len)
		snprintf(buf + used, len - used, ", shared");
}

static void print_range(FILE *out, prtos_u32_t start, prtos_u64_t end, const char *owner,
			const char *name, const char *details)
{
	char size[REPORT_TEXT_LEN];

	fprintf(out, "    0x%08x-0x%08x %10s  %-18s %-*s%s%s\n", start, (prtos_u32_t)(end - 1),
		report_size(size, sizeof(size), end - start), owner, details[0] ? 16 : 0, name,
		details[0] ? " " : "", details);
}

static void print_entry(FILE *out, const struct prtos_config *cf, const struct mem_entry *e,
			unsigned n, unsigned i)
{
	static const char *const owners[] = {"platform", "core", "loader", "memory block"};
	char owner[8 + PRTOS_NAME_LEN], details[256] = "";
	const struct mem_entry *x = &e[i];

	if (x->kind == KIND_AREA) {
		snprintf(owner, sizeof(owner), "P%u %s", x->part, cf->partitions[x->part].name);
		area_flags(x->area, details, sizeof(details));
		sharers(cf, e, n, i, details, sizeof(details));
	} else {
		snprintf(owner, sizeof(owner), "%s", owners[x->kind]);
	}
	if (x->kind == KIND_MEMBLOCK)
		memblock_users(cf, x->index, details, sizeof(details));
	/* details start ", "; the column shows them without it */
	print_range(out, x->start, x->end, owner,
		    x->kind == KIND_PLATFORM ? "kept" : (x->name[0] ? x->name : "-"),
		    details[0]		       ? details + 2
		    : x->kind == KIND_PLATFORM ? x->name
					       : "");
}

static void print_region(FILE *out, const struct prtos_config *cf,
			 const struct prtos_conf_region *r, const struct mem_entry *e, unsigned n)
{
	prtos_u64_t cursor = r->start, end = (prtos_u64_t)r->start + r->size;
	char size[REPORT_TEXT_LEN];
	unsigned i;

	fprintf(out, "  %s region 0x%08x-0x%08x (%s)\n",
		r->type == PRTOS_REGION_ROM ? "ROM" : "RAM", r->start, (prtos_u32_t)(end - 1),
		report_size(size, sizeof(size), r->size));
	for (i = 0; i < n; i++) {
		if (e[i].start < r->start || e[i].start >= end)
			continue;
		if (e[i].start > cursor)
			print_range(out, (prtos_u32_t)cursor, e[i].start, "free", "-", "");
		print_entry(out, cf, e, n, i);
		if (e[i].end > cursor)
			cursor = e[i].end;
	}
	if (cursor < end)
		print_range(out, (prtos_u32_t)cursor, end, "free", "-", "");
}

static int region_cmp(const void *a, const void *b)
{
	const struct prtos_conf_region *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

void summary_memory(FILE *out, const struct prtos_config *cf)
{
	struct mem_entry e[MAX_ENTRIES];
	struct prtos_conf_region regions[PRTOS_CONF_MAX_REGIONS];
	prtos_u32_t num =
		cf->num_regions < PRTOS_CONF_MAX_REGIONS ? cf->num_regions : PRTOS_CONF_MAX_REGIONS;
	unsigned n = collect(cf, e), i;

	memcpy(regions, cf->regions, sizeof(regions));
	qsort(regions, num, sizeof(regions[0]), region_cmp);
	fputs("Memory map (physical, by address)\n", out);
	fprintf(out, "    %-21s %10s  %-18s %-16s %s\n", "range", "size", "owner", "name",
		"flags and notes");
	for (i = 0; i < num; i++)
		print_region(out, cf, &regions[i], e, n);
}
