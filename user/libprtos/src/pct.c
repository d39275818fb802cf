/* Access to the read-only partition control table mapped at PRTOS_PCT_VADDR. */
#include <prtos.h>

partition_control_table_t *prtos_get_pct0(void)
{
	return (partition_control_table_t *)PRTOS_PCT_VADDR;
}

partition_control_table_t *prtos_get_pct(void)
{
	return (partition_control_table_t *)(PRTOS_PCT_VADDR +
					     prtos_get_vcpuid() * PRTOS_PCT_STRIDE);
}

prtos_u32_t prtos_get_number_vcpus(void)
{
	return prtos_get_pct0()->num_of_vcpus;
}

struct prtos_physical_mem_map *prtos_get_partition_mmap(void)
{
	return prtos_get_pct0()->physical_mem_map;
}
