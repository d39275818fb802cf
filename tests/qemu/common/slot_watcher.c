/* Shared by several scenarios: a system partition that keeps getting its slots after
 * its neighbours' faults, one major frame (MAJOR_FRAME_US, from the scenario's
 * Makefile) apart on the HW clock; then it ends the run. */
#include <prtos.h>
#include <stdio.h>

#define ROUNDS 5

void partition_main(void)
{
	prtos_id_t me = PRTOS_PARTITION_SELF;
	prtos_time_t before, after;
	int i, ok = 1;

	for (i = 0; i < ROUNDS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &before);
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &after);
		if (after - before < MAJOR_FRAME_US / 2) {
			printf("[P%d] FAIL: slot %d: clock %lld -> %lld\n", me, i, before, after);
			ok = 0;
		}
	}
	printf("[P%d] got %d more slots\n", me, ROUNDS);
	printf("[P%d] %s\n", me, ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
