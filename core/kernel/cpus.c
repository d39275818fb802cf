/* The configuration's processors, checked at boot against the machine and this core. */
#include <prtos/arch.h>
#include <prtos/boot.h>
#include <prtos/cpus.h>
#include <prtos/printk.h>

static const char *plural(prtos_u32_t n)
{
	return n == 1 ? "" : "s";
}

int cpus_check(void)
{
	prtos_u32_t named = prtos_conf->num_cpus, present = arch_cpu_count();

	if (named <= present && named <= CPUS_RUN) {
		printk("CPUs: %u present (%s), %u used\n", present, arch_cpu_source(), named);
		return 0;
	}
	printk("CPUs: %u present (%s)\n", present, arch_cpu_source());
	if (named > present)
		printk("PRTOS: configuration refused: the configuration names %u processor%s, "
		       "the machine has %u\n",
		       named, plural(named), present);
	if (named > CPUS_RUN)
		printk("PRTOS: configuration refused: the configuration names %u processor%s, "
		       "this core runs %u (SMP is not built yet)\n",
		       named, plural(named), CPUS_RUN);
	return -1;
}
