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

/*
 * The locks' order (doc/architecture.md, "Locking"): a processor takes a lock only
 * while it holds none of the same or a later level. Every spin_lock() names its
 * level; an SMP debug build (CONFIG_DEBUG) checks the order on every one.
 */
enum lock_level {
	LOCK_CORE,    /* the core lock: taken holding no other */
	LOCK_SCHED,   /* a processor's scheduler lock */
	LOCK_TRACE,   /* the trace streams */
	LOCK_CONSOLE, /* the console, taken last */
};

/* Whether a processor holding the levels of held (bit n: level n) may take level. */
static inline int lock_order_allows(prtos_u32_t held, enum lock_level level)
{
	return (held >> level) == 0;
}

#if defined(CONFIG_SMP) && defined(CONFIG_DEBUG)
/* This processor takes / dropped a lock of level: the order is checked (core_lock.c). */
void lock_order_take(enum lock_level level);
void lock_order_drop(enum lock_level level);
#else
static inline void lock_order_take(enum lock_level level)
{
	(void)level;
}

static inline void lock_order_drop(enum lock_level level)
{
	(void)level;
}
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
static inline void spin_lock(struct spinlock *l, enum lock_level level)
{
	prtos_u32_t ticket;

	lock_order_take(level);
	ticket = __atomic_fetch_add(&l->next, 1, __ATOMIC_RELAXED);
	while (__atomic_load_n(&l->serving, __ATOMIC_ACQUIRE) != ticket)
		arch_cpu_relax();
}

static inline void spin_unlock(struct spinlock *l, enum lock_level level)
{
	__atomic_store_n(&l->serving, l->serving + 1, __ATOMIC_RELEASE);
	lock_order_drop(level);
}
#else
static inline void spin_lock(struct spinlock *l, enum lock_level level)
{
	(void)l;
	(void)level;
}

static inline void spin_unlock(struct spinlock *l, enum lock_level level)
{
	(void)l;
	(void)level;
}
#endif

#endif
