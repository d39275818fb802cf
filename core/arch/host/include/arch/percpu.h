/* The host arch's this_cpu(): one processor runs the host tests. */
#ifndef ARCH_HOST_PERCPU_H
#define ARCH_HOST_PERCPU_H

struct cpu;
extern struct cpu percpu[];

static inline struct cpu *arch_this_cpu(void)
{
	return &percpu[0];
}

#endif
