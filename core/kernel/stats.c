/* System-wide counters (see prtos/stats.h). */
#include <prtos/stats.h>
#include <prtos/boot.h>
#include <prtos/percpu.h>

struct core_stats stats;

prtos_u64_t stats_irqs(void)
{
	prtos_u64_t n = 0;
	prtos_u32_t cpu;

	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++)
		n += percpu[cpu].irqs;
	return n;
}
