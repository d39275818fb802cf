/* The core lock (locking model: <prtos/core_lock.h>). Built with CONFIG_SMP only. */
#include <prtos/core_lock.h>
#include <prtos/percpu.h>
#include <prtos/spinlock.h>
#include <prtos/panic.h>

#define NO_OWNER 0xFFFFFFFFU

static struct spinlock lock = SPINLOCK_INIT;
static volatile prtos_u32_t owner = NO_OWNER; /* written by the holder only */

void core_lock(void)
{
	prtos_u32_t me = this_cpu_id();

	if (owner == me)
		return; /* a fault inside the core, on its way to the panic */
	spin_lock(&lock, LOCK_CORE);
	owner = me;
}

void core_unlock(void)
{
	if (owner != this_cpu_id())
		return;
	owner = NO_OWNER;
	spin_unlock(&lock, LOCK_CORE);
}

#ifdef CONFIG_DEBUG
/*
 * The lock order, per processor: the core lock stays with the processor across a switch
 * (core_lock.h), and so does its bit. A breach stops the machine at once, where it is.
 */
void lock_order_take(enum lock_level level)
{
	struct cpu *c = this_cpu();

	if (!lock_order_allows(c->locks_held, level))
		panic("lock order: CPU %u takes a level-%u lock holding levels 0x%x", c->id,
		      (prtos_u32_t)level, c->locks_held);
	c->locks_held |= 1U << level;
}

void lock_order_drop(enum lock_level level)
{
	this_cpu()->locks_held &= ~(1U << level);
}
#endif
