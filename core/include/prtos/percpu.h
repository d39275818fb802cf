/*
 * The processors the core runs: one struct cpu each, found through this_cpu().
 * Without CONFIG_SMP there is one, at a fixed address, and the look-up is free.
 */
#ifndef PRTOS_PERCPU_H
#define PRTOS_PERCPU_H

#include <prtos/types.h>
#ifdef CONFIG_SMP
#include <arch/percpu.h> /* arch_this_cpu() */
#endif

struct vcpu;

struct cpu {
	struct cpu *self;	     /* first: the arch's this_cpu() reads it (asm-offsets) */
	prtos_u32_t id;		     /* the configuration's processor id, 0..num_cpus-1 */
	struct vcpu *running;	     /* written only by this CPU's switch (and at its start) */
	volatile prtos_u32_t online; /* set by the CPU itself once it runs the core's code */
	prtos_u64_t irqs;	     /* hardware interrupts it handled */
	prtos_u32_t locks_held;	     /* SMP debug build: the lock levels it holds (spinlock.h) */
};

/* Every processor's; entry id is the configuration's processor id. */
extern struct cpu percpu[CONFIG_MAX_CPUS];

#ifdef CONFIG_SMP
static inline struct cpu *this_cpu(void)
{
	return arch_this_cpu();
}
#else
static inline struct cpu *this_cpu(void)
{
	return &percpu[0];
}
#endif

#ifdef CONFIG_SMP
static inline prtos_u32_t this_cpu_id(void)
{
	return this_cpu()->id;
}
#else
static inline prtos_u32_t this_cpu_id(void)
{
	return 0; /* a constant: per-CPU tables of one entry cost no look-up */
}
#endif

#endif
