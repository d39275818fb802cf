/* hm_log_persist: first boot logs a breakpoint event and warm-resets the system;
 * the second boot finds that record in the log and counts the reset. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_sys_status_t sys;
	prtos_hm_log_t log;
	int found = 0;

	prtos_get_system_status(&sys);
	if (sys.reset_counter == 0) {
		printf("[P0] first boot: logging an event, then a warm reset\n");
		__asm__ volatile("int3");
		prtos_reset_system(PRTOS_WARM_RESET);
		printf("[P0] Verification Failed: still running after the reset\n");
		return;
	}
	while (prtos_hm_read(&log))
		if (((log.op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT) ==
		    PRTOS_HM_EV_X86_BREAKPOINT)
			found++;
	printf("[P0] after %d warm reset(s): %d breakpoint record(s) from before the reset\n",
	       sys.reset_counter, found);
	printf(sys.reset_counter == 1 && found == 1 ? "[P0] Verification Passed\n"
						    : "[P0] Verification Failed\n");
	prtos_halt_system();
}
