/*
 * The core lock and the preemption points.
 *
 * Locking model (doc/architecture.md, "Processors and the core lock"): the core's
 * shared state (partitions and their vCPUs, ports and channels, the HM log, the
 * console, trace streams, statistics) is guarded by one ticket lock, the core
 * lock. A CPU holds it whenever it runs the core's code with interrupts off: the
 * arch takes it on every entry (hypercall, trap, interrupt) and drops it on the
 * way out, and a preemption point drops it too. What belongs to one CPU (its
 * scheduler state, its struct cpu) is only ever touched by that CPU; a vCPU's
 * stack is only rebuilt by the CPU it is bound to (sched.c). Waiting for the
 * lock is bounded: a ticket lock serves CPUs in turn, and no CPU keeps it longer
 * than between two preemption points.
 *
 * Without CONFIG_SMP all of it compiles away: interrupts off is the only mutual
 * exclusion there is need for.
 */
#ifndef PRTOS_CORE_LOCK_H
#define PRTOS_CORE_LOCK_H

#include <prtos/arch.h>

#ifdef CONFIG_SMP
/* Takes the core lock; a CPU that already holds it (a fault in the core) goes on. */
void core_lock(void);
/* Drops the core lock if this CPU holds it. */
void core_unlock(void);
/*
 * Once the core lock is taken again (at an entry, after a preemption point): a vCPU
 * that another processor halted, suspended or restarted meanwhile does not act any
 * more. It is switched out here; halted or restarted it never comes back (a restart
 * rebuilds its stack), suspended it goes on once resumed (sched.c).
 */
void sched_stopped_meanwhile(void);
#else
static inline void core_lock(void)
{
}
static inline void core_unlock(void)
{
}
static inline void sched_stopped_meanwhile(void)
{
}
#endif

/*
 * A preemption point between two steps of a long piece of work for the running
 * vCPU: pending interrupts are taken (this vCPU may be switched out there and
 * resumed in a later slot of its own), other CPUs get the core lock.
 */
static inline void preemption_point(void)
{
	core_unlock();
	arch_irq_window();
	core_lock();
	sched_stopped_meanwhile();
}

/* A longer stretch of such work (a reset's reload, a message): opened, then closed. */
static inline void preemption_open(void)
{
	core_unlock();
	arch_irq_enable();
}

static inline void preemption_close(void)
{
	arch_irq_disable();
	core_lock();
	sched_stopped_meanwhile();
}

#endif
