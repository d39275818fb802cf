/*
 * attack3_pt_pool, P0 (system): owns 236 MB besides its code. After a few frames it
 * reports the state of partition 1 (the Guard) and halts the system.
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
	printf("[Big] partition 1 state %u (%s)\n", st.state,
	       st.state == PRTOS_STATUS_HALTED ? "halted" : "running");
	prtos_halt_system();
}
