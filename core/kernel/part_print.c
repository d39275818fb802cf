/* The boot table of partitions: id, name, flags and memory areas. */
#include <prtos/part.h>
#include <prtos/printk.h>

static void part_print_flags(prtos_u32_t flags, char *buf, prtos_u32_t size)
{
	snprintk(buf, size, "%s%s", (flags & PRTOS_PART_SYSTEM) ? "system" : "normal",
		 (flags & PRTOS_PART_FP) ? ",fp" : "");
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

			printk("%s0x%08x -> 0x%08x, %u KB%s\n", j ? "  " : "", a->mapped_at,
			       a->start, a->size / 1024,
			       (a->flags & PRTOS_MEM_AREA_SHARED) ? ", shared" : "");
			if (j + 1 < p->cfg->num_areas)
				printk("%37s", "");
		}
	}
}
