/*
 * Virtual interrupts of a partition: the virtual IF, the pending and mask words
 * live in its control table (read-only to it); the core delivers the lowest
 * pending unmasked one through the partition's trap entry.
 */
#ifndef PRTOS_VIRQ_H
#define PRTOS_VIRQ_H

#include <prtos/types.h>
#include <prtos/virq_abi.h>

struct partition;
struct vcpu;

#define VIRQ_HW_LINES 16
#define VIRQ_HW_VECTOR_BASE 32	 /* default vector of hardware line n: 32 + n */
#define VIRQ_EXT_VECTOR_BASE 224 /* default vector of extended interrupt e: 224 + e */

/*
 * Pending bits are set by any CPU (a port, an IPVI) and cleared by the vCPU's own:
 * always with atomic operations.
 */
/* Returns whether one of bits was not pending before. A full barrier on every arch
 * (sched_switch() pairs with it: <prtos/sched.h>, sched_kick()). */
static inline int virq_pend_set(prtos_u32_t *word, prtos_u32_t bits)
{
	return (__atomic_fetch_or(word, bits, __ATOMIC_SEQ_CST) & bits) != bits;
}

static inline void virq_pend_clear(prtos_u32_t *word, prtos_u32_t bits)
{
	__atomic_fetch_and(word, ~bits, __ATOMIC_RELAXED);
}

/* Initial state of v: every line masked, nothing pending, virtual IF clear. */
void virq_init(struct vcpu *v);
/* Default vectors of p's lines (routing is per partition). */
void virq_init_vectors(struct partition *p);
/*
 * Marks extended interrupt ext pending in p: a partition-wide event (ports, IPVIs,
 * shutdown) goes to vCPU 0.
 */
void virq_raise(struct partition *p, prtos_u32_t ext);
/* Marks extended interrupt ext pending in v (its timers, its slot starts). */
void virq_raise_vcpu(struct vcpu *v, prtos_u32_t ext);
/*
 * On the way back to the running vCPU's partition (trap_handle()): enters its
 * trap handler with its lowest deliverable virtual interrupt, if any, through
 * arch_deliver_virq(). An interrupted context that the partition cannot take
 * (no room on its stack) is a MEM_PROTECTION event of its own. Interrupts off;
 * may switch vCPUs.
 */
void virq_deliver(void);

#endif
