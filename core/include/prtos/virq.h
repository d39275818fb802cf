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

/* Initial state: every line masked, nothing pending, virtual IF clear, default vectors. */
void virq_init(struct partition *p);
/* Marks extended interrupt ext pending in p. */
void virq_raise(struct partition *p, prtos_u32_t ext);
/*
 * If v's virtual IF is set and an unmasked interrupt is pending, takes the
 * lowest one (hardware lines first), clears IF and returns 1 with its vector.
 */
int virq_take(struct vcpu *v, prtos_u32_t *vector);

#endif
