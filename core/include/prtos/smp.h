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
 * The arch: starts processor cpu of the configuration (0: the boot one, only noted),
 * which enters smp_cpu_main() with its tables, this_cpu() and timer set up.
 * Returns 0, or -1 when the machine has no such processor.
 */
int arch_cpu_start(prtos_u32_t cpu);
/* Sends processor cpu (started) an interrupt that makes it schedule() again. */
void arch_cpu_kick(prtos_u32_t cpu);

#endif
