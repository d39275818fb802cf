/* The boot table of partitions: id, name, flags and memory areas. */
#include <prtos/part.h>
#include <prtos/printk.h>

static void part_print_flags(prtos_u32_t flags, char *buf, prtos_u32_t size)
{
	snprintk(buf, size, "%s%s", (flags & PRTOS_PART_SYSTEM) ? "system" : "normal",
		 (flags & PRTOS_PART_FP) ? ",fp" : "");
}

/* An area's flags as the XML names them, each after ", ". */
static void area_print_flags(prtos_u32_t flags)
{
	static const struct {
		prtos_u32_t bit;
		const char *name;
	} names[] = {
		{PRTOS_MEM_AREA_SHARED, "shared"},     {PRTOS_MEM_AREA_READONLY, "read-only"},
		{PRTOS_MEM_AREA_UNMAPPED, "unmapped"}, {PRTOS_MEM_AREA_UNCACHEABLE, "uncacheable"},
		{PRTOS_MEM_AREA_ROM, "rom"},	       {PRTOS_MEM_AREA_FLAG0, "flag0"},
		{PRTOS_MEM_AREA_FLAG1, "flag1"},       {PRTOS_MEM_AREA_FLAG2, "flag2"},
		{PRTOS_MEM_AREA_FLAG3, "flag3"},
	};
	prtos_u32_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (flags & names[i].bit)
			printk(", %s", names[i].name);
}

void part_print_table(void)
{
	prtos_u32_t i, j;
	char flags[24];

	printk("Partitions:\n");
	printk("  %2s %-16s %-14s %s\n", "id", "name", "flags",
	       "areas (virtual -> physical, size)");
	for (i = 0; i < num_partitions; i++) {
		const struct partition *p = &partitions[i];

		part_print_flags(p->cfg->flags, flags, sizeof(flags));
		printk("  %2u %-16s %-14s ", p->id, p->cfg->name, flags);
		for (j = 0; j < p->cfg->num_areas; j++) {
			const struct prtos_conf_area *a = &p->areas[j];

			printk("%s0x%08x -> 0x%08x, %u KB", j ? "  " : "", a->mapped_at, a->start,
			       a->size / 1024);
			area_print_flags(a->flags);
			printk("\n");
			if (j + 1 < p->cfg->num_areas)
				printk("%37s", "");
		}
	}
}
