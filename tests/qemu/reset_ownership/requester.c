/* reset_ownership, P0 (system): cold-resets the victim once, then is halted by P1 at once. */
#include <stdio.h>
#include "ids.h"

void partition_main(void)
{
	prtos_u32_t run = prtos_get_pct()->reset_counter;

	printf("[P0] boot: reset_counter %u\n", run);
	prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL); /* initialised */
	if (run == 0) {
		if (wait_booted(VICTIM, 0, 100))
			printf("[P0] FAIL: the victim never booted\n");
		printf("[P0] cold-resetting the victim (8 MiB)\n");
		if (prtos_reset_partition(VICTIM, PRTOS_COLD_RESET, 1) != PRTOS_OK)
			printf("[P0] FAIL: reset_partition refused\n");
	}
	for (;;)
		prtos_idle_self();
}
