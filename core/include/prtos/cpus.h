/* The processors: this_cpu()'s table, and the configuration's processors against the machine. */
#ifndef PRTOS_CPUS_H
#define PRTOS_CPUS_H

#include <prtos/types.h>

/* Every struct cpu knows itself (this_cpu()); first thing at boot. */
void cpus_init(void);

/*
 * Prints the boot line "CPUs: N present (how), M used" and returns 0, or prints why
 * the configuration's processors cannot all run (it names more than the machine has)
 * and returns -1: none is ever dropped in silence. Boot, after arch_mm_init().
 */
int cpus_check(void);

#endif
