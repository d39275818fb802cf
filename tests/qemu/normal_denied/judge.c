/* normal_denied, P2 (system): after P0's attempts, P1 is still running, untouched,
 * and its trace stream still holds exactly its own event. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_part_status_t st;
	prtos_trace_status_t ts;
	int i;

	for (i = 0; i < 5; i++)
		prtos_idle_self();
	prtos_get_partition_status(1, &st);
	prtos_trace_status(prtos_trace_open(1), &ts);
	printf("[P2] P1: state %d, resets %d, trace events %d\n", st.state, st.reset_counter,
	       ts.num_of_events);
	printf(st.state != PRTOS_STATUS_HALTED && st.state != PRTOS_STATUS_SUSPENDED &&
			       st.reset_counter == 0 && ts.num_of_events == 1 &&
			       ts.current_event == 0
		       ? "[P2] Verification Passed\n"
		       : "[P2] Verification Failed\n");
	prtos_halt_system();
}
