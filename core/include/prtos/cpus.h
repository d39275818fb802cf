/* The configuration's processors and vCPUs against the machine's and what this core runs. */
#ifndef PRTOS_CPUS_H
#define PRTOS_CPUS_H

#include <prtos/types.h>

/*
 * Processors this core schedules: CONFIG_MAX_CPUS with SMP, else the configuration's
 * processor 0 only. A configuration that names more is refused at boot, never half run.
 */
#ifdef CONFIG_SMP
#define CPUS_RUN ((prtos_u32_t)CONFIG_MAX_CPUS)
#define CPUS_RUN_WHY "CONFIG_MAX_CPUS"
#else
#define CPUS_RUN 1U
#define CPUS_RUN_WHY "a build without CONFIG_SMP"
#endif
/* vCPUs per partition this core runs: vCPU 0, until several vCPUs are built. */
#define CPUS_RUN_VCPUS 1U

/* Every struct cpu knows itself (this_cpu()); first thing at boot. */
void cpus_init(void);

/*
 * Prints the boot line "CPUs: N present (how), M used" and returns 0, or prints
 * why the configuration's processors or vCPUs cannot all run (more processors than
 * the machine has or this core runs, a partition with more vCPUs than it runs) and
 * returns -1. Boot, after arch_mm_init().
 */
int cpus_check(void);

#endif
