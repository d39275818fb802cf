/* Bring-up of the configuration's processors (CONFIG_SMP), and the arch's part of it. */
#ifndef PRTOS_SMP_H
#define PRTOS_SMP_H

#include <prtos/types.h>

/*
 * Boot CPU, after its own sched_init(): starts processors 1..num_cpus-1 of the
 * configuration one after the other and waits until each runs the core's code and
 * has its scheduler ready. Returns 0, or -1 after printing which one did not start.
 */
int smp_start_cpus(void);
/* Boot CPU: lets every started CPU begin its plan at origin (one time base). */
void smp_release(prtos_time_t origin);
/* A secondary CPU's first common code (from the arch, this_cpu() valid); never returns. */
void smp_cpu_main(void) __attribute__((noreturn));

/*
 * The machine halts: every other processor parks for good (a reschedule IPI), so that
 * the halt's last lines are the only output. Waits for them at most 1 ms: one that
 * waits for a lock this processor holds, interrupts off, never runs again anyway.
 */
#ifdef CONFIG_SMP
void smp_stop_others(void);
/* From this processor's timer and IPI path: parks it if the machine halts. */
void smp_park_if_stopping(void);
#else
static inline void smp_stop_others(void)
{
}

static inline void smp_park_if_stopping(void)
{
}
#endif

#endif
