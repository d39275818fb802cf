/* The processors: one struct cpu each, and the configuration's checked against the machine. */
#include <prtos/arch.h>
#include <prtos/boot.h>
#include <prtos/cpus.h>
#include <prtos/percpu.h>
#include <prtos/printk.h>

struct cpu percpu[CONFIG_MAX_CPUS];

void cpus_init(void)
{
	prtos_u32_t i;

	for (i = 0; i < CONFIG_MAX_CPUS; i++) {
		percpu[i].self = &percpu[i];
		percpu[i].id = i;
	}
}

#ifndef CONFIG_SMP
/* One processor: the configuration names one (config_check "counts"), the boot one. */
int cpus_check(void)
{
	printk("CPUs: 1 used (SMP off: the boot processor)\n");
	return 0;
}
#else
/*
 * The configuration names at most CONFIG_MAX_CPUS processors and vCPUs per partition
 * (config_check "counts"): this core runs them all. What is left is the machine.
 */
int cpus_check(void)
{
	prtos_u32_t named = prtos_conf->num_cpus, present = arch_cpu_count();

	if (named <= present) {
		printk("CPUs: %u present (%s), %u used\n", present, arch_cpu_source(), named);
		return 0;
	}
	printk("CPUs: %u present (%s)\n", present, arch_cpu_source());
	printk("PRTOS: configuration refused: the configuration names %u processor%s, the "
	       "machine has %u\n",
	       named, named == 1 ? "" : "s", present);
	return -1;
}
#endif
