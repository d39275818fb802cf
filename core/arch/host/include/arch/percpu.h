/* The host arch's this_cpu(): one processor runs the host tests (machine.c). */
#ifndef ARCH_HOST_PERCPU_H
#define ARCH_HOST_PERCPU_H

struct cpu;

struct cpu *arch_this_cpu(void);

#endif
