/* The host arch's time: a clock that moves only when a test moves it, and a recorded timer. */
#include <prtos/arch.h>
#include <prtos/sched.h>
#include <prtos/part.h>
#include <prtos/trap.h>
#include <arch/host.h>
#include <stdio.h>
#include <stdlib.h>

void arch_time_init(void)
{
	host.time_inits++;
}

prtos_time_t arch_now_us(void)
{
	return host.now_us;
}

prtos_u64_t arch_now_ns(void)
{
	return (prtos_u64_t)host.now_us * 1000U + host.extra_ns;
}

prtos_u32_t arch_cpu_khz(void)
{
	return HOST_CPU_KHZ;
}

void arch_timer_init(void)
{
	host.timer_inits++;
}

prtos_time_t arch_ns_to_us(prtos_u64_t ns)
{
	return (prtos_time_t)(ns / 1000U);
}

void arch_timer_arm(prtos_time_t deadline_us)
{
	host.timer_deadline = deadline_us;
	host.timer_arms++;
}

void host_set_time(prtos_time_t t)
{
	if (t < host.now_us) {
		fprintf(stderr, "host arch: the clock cannot go back (%lld to %lld)\n",
			(long long)host.now_us, (long long)t);
		abort();
	}
	host.now_us = t;
}

void host_tick(void)
{
	struct trap t = {.kind = TRAP_TIMER, .cause = 32};

	if (host.timer_deadline > host.now_us)
		host.now_us = host.timer_deadline;
	host.irq_on = 0; /* the interrupt entry */
	t.from_partition = sched_current()->part != NULL;
	trap_handle(&t);
}
