/*
 * Bring-up of the configuration's other processors (CONFIG_SMP). The boot CPU starts
 * them one at a time; each sets up its scheduler and says it is online, then waits
 * for the boot CPU to fix the first major frame's start, which every CPU shares.
 */
#include <prtos/smp.h>
#include <prtos/arch.h>
#include <prtos/boot.h>
#include <prtos/percpu.h>
#include <prtos/printk.h>
#include <prtos/sched.h>
#include <prtos/spinlock.h>

#define CPU_START_TIMEOUT_US 100000 /* 100 ms: QEMU takes a few us, hardware a few ms */

static volatile prtos_u32_t released;
static volatile prtos_time_t first_frame;

static int wait_online(prtos_u32_t cpu)
{
	prtos_time_t end = arch_now_us() + CPU_START_TIMEOUT_US;

	while (!__atomic_load_n(&percpu[cpu].online, __ATOMIC_ACQUIRE))
		if (arch_now_us() > end)
			return -1;
	return 0;
}

int smp_start_cpus(void)
{
	prtos_u32_t cpu;

	percpu[0].online = 1;
	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++) {
		if (arch_cpu_start(cpu) || (cpu && wait_online(cpu))) {
			printk("PRTOS: processor %u of the configuration did not start\n", cpu);
			return -1;
		}
	}
	return 0;
}

void smp_release(prtos_time_t origin)
{
	first_frame = origin;
	__atomic_store_n(&released, 1, __ATOMIC_RELEASE);
}

#define CPU_STOP_TIMEOUT_US 1000

static volatile prtos_u32_t stopping;

static int others_online(void)
{
	prtos_u32_t cpu;

	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++)
		if (cpu != this_cpu_id() && __atomic_load_n(&percpu[cpu].online, __ATOMIC_ACQUIRE))
			return 1;
	return 0;
}

void smp_stop_others(void)
{
	prtos_time_t end = arch_now_us() + CPU_STOP_TIMEOUT_US;
	prtos_u32_t cpu;

	__atomic_store_n(&stopping, 1, __ATOMIC_RELEASE);
	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++)
		if (cpu != this_cpu_id() && percpu[cpu].online)
			arch_cpu_kick(cpu);
	while (others_online() && arch_now_us() < end)
		arch_cpu_relax();
}

void smp_park_if_stopping(void)
{
	if (!__atomic_load_n(&stopping, __ATOMIC_ACQUIRE))
		return;
	__atomic_store_n(&this_cpu()->online, 0, __ATOMIC_RELEASE);
	arch_cpu_park();
}

void smp_cpu_main(void)
{
	sched_init();
	printk("CPU %u online\n", this_cpu_id());
	__atomic_store_n(&this_cpu()->online, 1, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&released, __ATOMIC_ACQUIRE))
		arch_cpu_relax();
	sched_start(first_frame);
}
