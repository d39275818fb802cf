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

#endif
