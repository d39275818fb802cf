/* The configuration's processors and vCPUs against the machine's and what this core runs. */
#ifndef PRTOS_CPUS_H
#define PRTOS_CPUS_H

#include <prtos/types.h>

/*
 * Processors this core schedules: the configuration's processor 0 only, until SMP
 * is built. A configuration that names more is refused at boot, never half run.
 */
#define CPUS_RUN 1U
/* vCPUs per partition this core runs: vCPU 0, until SMP is built. */
#define CPUS_RUN_VCPUS 1U

/*
 * Prints the boot line "CPUs: N present (how), M used" and returns 0, or prints
 * why the configuration's processors or vCPUs cannot all run (more processors than
 * the machine has or this core runs, a partition with more vCPUs than it runs) and
 * returns -1. Boot, after arch_mm_init().
 */
int cpus_check(void);

#endif
