/* pct_info (P0, system): its control table matches the XML (identity, flags, areas with
 * mappedAt and read-only), and memory works through the mappedAt alias. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define ALIAS_VADDR 0x08000000
#define WAIT_FRAMES 40 /* P1 writes its PCT after 20 */

struct area_want {
	const char *name;
	prtos_address_t start, mapped_at;
	prtos_u_size_t size;
	prtos_u32_t flags;
};

/* As in prtos_cf.x86.xml. */
static const struct area_want areas[] = {
	{"code", 0x06000000, 0x06000000, 1024 * 1024, 0},
	{"alias", 0x06200000, ALIAS_VADDR, 64 * 1024, 0},
	{"table", 0x06300000, 0x06300000, 4096, PRTOS_MEM_AREA_READONLY},
};

static int failures;

static void check(const char *what, prtos_u32_t got, prtos_u32_t want)
{
	printf("[P0] %s: 0x%x (want 0x%x)%s\n", what, got, want, got == want ? "" : " FAIL:");
	if (got != want)
		failures++;
}

static void check_areas(const partition_control_table_t *pct)
{
	const struct prtos_physical_mem_map *m = prtos_get_partition_mmap();
	prtos_u32_t i;

	check("mmap is the PCT's table", (prtos_u32_t)m, (prtos_u32_t)pct->physical_mem_map);
	check("num_of_physical_mem_areas", pct->num_of_physical_mem_areas, 3);
	for (i = 0; i < 3 && i < pct->num_of_physical_mem_areas; i++) {
		printf("[P0] area %u: %s start 0x%x mapped_at 0x%x size 0x%x flags 0x%x\n", i,
		       m[i].name, m[i].start_addr, m[i].mapped_at, m[i].size, m[i].flags);
		check("  name matches", strcmp(m[i].name, areas[i].name), 0);
		check("  start_addr", m[i].start_addr, areas[i].start);
		check("  mapped_at", m[i].mapped_at, areas[i].mapped_at);
		check("  size", m[i].size, areas[i].size);
		check("  flags", m[i].flags, areas[i].flags);
	}
}

static void check_alias(void)
{
	volatile prtos_u32_t *alias = (volatile prtos_u32_t *)ALIAS_VADDR;
	volatile prtos_u32_t *ro = (volatile prtos_u32_t *)0x06300000;
	prtos_u32_t v = *ro; /* a read-only area is readable */

	alias[0] = 0x600DCAFE;
	alias[64 * 1024 / 4 - 1] = 0x12345678;
	check("word written through mappedAt", alias[0], 0x600DCAFE);
	check("last word of the alias area", alias[64 * 1024 / 4 - 1], 0x12345678);
	check("read-only area readable", *ro, v);
}

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct0();
	int i;

	check("magic", pct->magic, PRTOS_PCT_MAGIC);
	check("prtos_abi_version", pct->prtos_abi_version,
	      PRTOS_SET_VERSION(PRTOS_ABI_VERSION, PRTOS_ABI_SUBVERSION, PRTOS_ABI_REVISION));
	check("prtos_api_version", pct->prtos_api_version,
	      PRTOS_SET_VERSION(PRTOS_API_VERSION, PRTOS_API_SUBVERSION, PRTOS_API_REVISION));
	check("get_pct is get_pct0 on vCPU 0", (prtos_u32_t)prtos_get_pct(), (prtos_u32_t)pct);
	check("id", pct->id, 0);
	check("PRTOS_PARTITION_SELF", PRTOS_PARTITION_SELF, 0);
	printf("[P0] name: %s\n", pct->name);
	check("name is PctReader", strcmp(pct->name, "PctReader"), 0);
	check("flags", pct->flags, PRTOS_PART_SYSTEM);
	check("num_of_vcpus", pct->num_of_vcpus, 1);
	check("prtos_get_number_vcpus", prtos_get_number_vcpus(), 1);
	check("slot duration", pct->cyclic_sched_info.slot_duration, 1000);
	check_areas(pct);
	check_alias();
	for (i = 0; i < WAIT_FRAMES; i++)
		prtos_idle_self(); /* P1 tries to write its PCT meanwhile */
	printf("[P0] %s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
