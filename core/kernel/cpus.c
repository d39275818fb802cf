/* The configuration's processors and vCPUs, checked at boot against the machine and this core. */
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

static const char *plural(prtos_u32_t n)
{
	return n == 1 ? "" : "s";
}

/* The partitions with more vCPUs than this core runs; each one printed if print. */
static prtos_u32_t vcpus_refused(int print)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t i, n = 0;

	for (i = 0; i < prtos_conf->num_partitions; i++) {
		p = &prtos_conf->partitions[i];
		if (p->num_vcpus <= CPUS_RUN_VCPUS)
			continue;
		if (print)
			printk("PRTOS: configuration refused: partition %u has %u vCPUs, this core "
			       "runs %u per partition (several vCPUs are not built yet)\n",
			       i, p->num_vcpus, CPUS_RUN_VCPUS);
		n++;
	}
	return n;
}

int cpus_check(void)
{
	prtos_u32_t named = prtos_conf->num_cpus, present = arch_cpu_count();

	if (named <= present && named <= CPUS_RUN && !vcpus_refused(0)) {
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
		       "this core runs %u (" CPUS_RUN_WHY ")\n",
		       named, plural(named), CPUS_RUN);
	vcpus_refused(1);
	return -1;
}
