/* twins: both partitions run this program at the same virtual address. Partition 0
 * greets in each of its slots; partition 1 waits three slots, greets once and
 * halts the system. */
#include <prtos.h>
#include <stdio.h>

static __attribute__((noinline)) void greet(void)
{
	printf("[P%d] twin at %p\n", PRTOS_PARTITION_SELF, (void *)greet);
}

void partition_main(void)
{
	int slot;

	if (PRTOS_PARTITION_SELF == 1) {
		for (slot = 0; slot < 3; slot++)
			prtos_idle_self();
		greet();
		prtos_halt_system();
	}
	for (;;) {
		greet();
		prtos_idle_self();
	}
}
