/* soak, P1 and P2: idle partitions (their slots let QEMU skip ahead in virtual time). */
#include <prtos.h>

void partition_main(void)
{
	for (;;)
		prtos_idle_self();
}
