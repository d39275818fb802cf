/* health_monitor, P2 (system): reads the HM log and checks it holds the two
 * divide errors, one per faulting partition, with their instruction pointers. */
#include <prtos.h>
#include <stdio.h>

static const char *const names[] = {[PRTOS_HM_EV_X86_DIVIDE_ERROR] = "X86_DIVIDE_ERROR"};

void partition_main(void)
{
	prtos_hm_status_t st;
	prtos_hm_log_t log;
	int seen[2] = {0, 0}, records = 0, i;
	prtos_u32_t part, event;

	for (i = 0; i < 5; i++)
		prtos_idle_self(); /* let P0 and P1 fault first */
	prtos_hm_status(&st);
	printf("[P2] HM log: %d event(s), room for %d\n", st.num_of_events, st.max_events);
	while (prtos_hm_read(&log) == 1) {
		part = log.op_code_lo & HMLOG_OPCODE_PARTID_MASK;
		event = (log.op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT;
		printf("[P2] record %d: partition %d, event %s, pc 0x%x, at %lld us\n",
		       (log.op_code_hi & HMLOG_OPCODE_SEQ_MASK) >> HMLOG_OPCODE_SEQ_BIT, part,
		       event == PRTOS_HM_EV_X86_DIVIDE_ERROR ? names[event] : "other",
		       log.cpu_ctxt.pc, log.timestamp);
		if (log.signature == PRTOS_HMLOG_SIGNATURE &&
		    event == PRTOS_HM_EV_X86_DIVIDE_ERROR && part < 2 &&
		    (log.op_code_hi & HMLOG_OPCODE_VALID_CPUCTXT_MASK))
			seen[part]++;
		records++;
	}
	if (records == 2 && seen[0] == 1 && seen[1] == 1 && prtos_hm_read(&log) == 0)
		printf("[P2] Verification Passed\n");
	else
		printf("[P2] Verification Failed: %d records\n", records);
	prtos_halt_system();
}
