/* The core lock (locking model: <prtos/core_lock.h>). Built with CONFIG_SMP only. */
#include <prtos/core_lock.h>
#include <prtos/percpu.h>
#include <prtos/spinlock.h>

#define NO_OWNER 0xFFFFFFFFU

static struct spinlock lock = SPINLOCK_INIT;
static volatile prtos_u32_t owner = NO_OWNER; /* written by the holder only */

void core_lock(void)
{
	prtos_u32_t me = this_cpu_id();

	if (owner == me)
		return; /* a fault inside the core, on its way to the panic */
	spin_lock(&lock);
	owner = me;
}

void core_unlock(void)
{
	if (owner != this_cpu_id())
		return;
	owner = NO_OWNER;
	spin_unlock(&lock);
}
