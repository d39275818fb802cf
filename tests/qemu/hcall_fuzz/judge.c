/* hcall_fuzz, P2 (system): after the run, checks the fuzzer made many calls, the
 * sibling kept its slots, and nobody but the fuzzer was disturbed. */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

void partition_main(void)
{
	prtos_part_status_t sib;
	prtos_sys_status_t sys;
	prtos_s32_t sib_rc, sys_rc;

	while (!REPORT->sibling_done)
		prtos_idle_self();
	sib_rc = prtos_get_partition_status(1, &sib);
	sys_rc = prtos_get_system_status(&sys);
	if (sib_rc != PRTOS_OK || sys_rc != PRTOS_OK) {
		printf("[P2] FAIL: get_partition_status returned %d, get_system_status %d\n",
		       sib_rc, sys_rc);
		printf("[P2] Verification Failed\n");
		prtos_halt_system();
	}
	printf("[P2] fuzzer: %d hypercalls, %d restarts; sibling: worst slot start %d us, %d "
	       "resets, state %d; %lld HM events\n",
	       REPORT->calls, REPORT->restarts, REPORT->sibling_worst_us, sib.reset_counter,
	       sib.state, sys.num_of_hm_events);
	if (REPORT->calls > 10000 && REPORT->sibling_worst_us <= MAX_BOUNDARY_WORK_US &&
	    sib.reset_counter == 0 && sib.state != PRTOS_STATUS_HALTED &&
	    sib.state != PRTOS_STATUS_SUSPENDED)
		printf("[P2] Verification Passed\n");
	else
		printf("[P2] Verification Failed\n");
	prtos_halt_system();
}
