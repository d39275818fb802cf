/*
 * attack2_cmos_resume, P1 (system): first boot, lets the clock partition run, then
 * warm-resets the system; second boot (the reset counted in the HM log's block),
 * says so and halts.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_sys_status_t sys;
	int i;

	prtos_get_system_status(&sys);
	if (sys.reset_counter == 0) {
		for (i = 0; i < 5; i++)
			prtos_idle_self();
		printf("[Keeper] first boot: warm reset of the system\n");
		prtos_reset_system(PRTOS_WARM_RESET);
		printf("[Keeper] Verification Failed: still running after the reset\n");
		return;
	}
	printf("[Keeper] booted again after %d warm reset(s)\n", sys.reset_counter);
	printf(sys.reset_counter == 1 ? "[Keeper] Verification Passed\n"
				      : "[Keeper] Verification Failed\n");
	prtos_halt_system();
}
