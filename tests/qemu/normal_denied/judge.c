/* normal_denied, P2 (system): after P0's attempts, P1 is still running, untouched,
 * its trace stream still holds exactly its own event, and the HM log is as P1 left
 * it: two records, none read yet. */
#include <prtos.h>
#include <stdio.h>

/* The HM log holds P1's two int3 records and its cursor is still at the first. */
static int hm_log_untouched(void)
{
	prtos_hm_status_t hs;
	prtos_hm_log_t log;
	int records = 0, ok;

	ok = prtos_hm_status(&hs) == PRTOS_OK;
	printf("[P2] HM log: %d events, cursor at %d\n", hs.num_of_events, hs.current_event);
	ok &= hs.num_of_events == 2 && hs.current_event == 0;
	while (prtos_hm_read(&log) == 1) {
		records++;
		ok &= (log.op_code_lo & HMLOG_OPCODE_PARTID_MASK) == 1 &&
		      (log.op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT ==
			      PRTOS_HM_EV_X86_BREAKPOINT;
	}
	printf("[P2] HM log: %d records of P1 read\n", records);
	return ok && records == 2;
}

void partition_main(void)
{
	prtos_part_status_t st;
	prtos_trace_status_t ts;
	int i, ok;

	for (i = 0; i < 5; i++)
		prtos_idle_self();
	ok = prtos_get_partition_status(1, &st) == PRTOS_OK &&
	     prtos_trace_status(prtos_trace_open(1), &ts) == PRTOS_OK;
	printf("[P2] P1: state %d, resets %d, trace events %d\n", st.state, st.reset_counter,
	       ts.num_of_events);
	ok &= st.state != PRTOS_STATUS_HALTED && st.state != PRTOS_STATUS_SUSPENDED &&
	      st.reset_counter == 0 && ts.num_of_events == 1 && ts.current_event == 0;
	ok &= hm_log_untouched();
	printf(ok ? "[P2] Verification Passed\n" : "[P2] Verification Failed\n");
	prtos_halt_system();
}
