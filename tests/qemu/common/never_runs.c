/* Shared by the scenarios whose image or configuration the boot must refuse (forged_*,
 * corrupt_container, config_other_core): a partition that must never run. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P%d] running, though the boot must refuse this system: must never run\n",
	       PRTOS_PARTITION_SELF);
	printf("[P%d] Verification Failed\n", PRTOS_PARTITION_SELF);
	prtos_halt_system();
}
