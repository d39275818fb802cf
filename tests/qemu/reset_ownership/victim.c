/* reset_ownership, P2 (normal, an 8 MiB area): reports each boot. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct();

	printf("[P2] boot: reset_counter %u reset_status %u\n", pct->reset_counter,
	       pct->reset_status);
	prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL); /* initialised */
	for (;;)
		prtos_idle_self();
}
