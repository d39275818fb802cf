/* Shared by several scenarios and benchmarks: a partition that gives every slot back at
 * once, forever (its slots let QEMU skip ahead in virtual time). */
#include <prtos.h>

void partition_main(void)
{
	for (;;)
		prtos_idle_self();
}
