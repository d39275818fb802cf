/* forged_*: a partition of a forged configuration. The boot must refuse it: never run. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P%d] running under a forged configuration: must never run\n",
	       PRTOS_PARTITION_SELF);
	prtos_halt_system();
}
