/*
 * Shared by attack3_pt_pool and pt_pool_full, P0 (system): after 20 ms of the HW clock
 * it reports the state of partition 1 ("[<its XML name>] partition 1 state N (halted
 * or running)") and halts the system.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_part_status_t st;
	prtos_time_t t0, t;

	prtos_get_time(PRTOS_HW_CLOCK, &t0);
	do
		prtos_get_time(PRTOS_HW_CLOCK, &t);
	while (t - t0 < 20000);
	prtos_get_partition_status(1, &st);
	printf("[%s] partition 1 state %u (%s)\n", prtos_get_pct0()->name, st.state,
	       st.state == PRTOS_STATUS_HALTED ? "halted" : "running");
	prtos_halt_system();
}
