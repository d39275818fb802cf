/*
 * Ticket locks: CPUs are served in the order they asked, so a waiter waits for at
 * most one holding per other CPU. Taken with interrupts off. Without CONFIG_SMP
 * they compile away.
 */
#ifndef PRTOS_SPINLOCK_H
#define PRTOS_SPINLOCK_H

#include <prtos/types.h>
#ifdef CONFIG_SMP
#include <prtos/arch.h> /* arch_cpu_relax() */
#endif

struct spinlock {
	prtos_u32_t next;    /* the ticket the next CPU to ask gets */
	prtos_u32_t serving; /* the ticket that holds the lock */
};

#define SPINLOCK_INIT \
	{             \
		0, 0  \
	}

#ifdef CONFIG_SMP
static inline void spin_lock(struct spinlock *l)
{
	prtos_u32_t ticket = __atomic_fetch_add(&l->next, 1, __ATOMIC_RELAXED);

	while (__atomic_load_n(&l->serving, __ATOMIC_ACQUIRE) != ticket)
		arch_cpu_relax();
}

static inline void spin_unlock(struct spinlock *l)
{
	__atomic_store_n(&l->serving, l->serving + 1, __ATOMIC_RELEASE);
}
#else
static inline void spin_lock(struct spinlock *l)
{
	(void)l;
}

static inline void spin_unlock(struct spinlock *l)
{
	(void)l;
}
#endif

#endif
