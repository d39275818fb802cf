/* hyp_write (P1): keeps getting its slots after P0's fault, with the HW clock advancing. */
#include <prtos.h>
#include <stdio.h>

#define ROUNDS 5
#define MAJOR_FRAME_US 2000

void partition_main(void)
{
	prtos_time_t before, after;
	int i, ok = 1;

	for (i = 0; i < ROUNDS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &before);
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &after);
		if (after - before < MAJOR_FRAME_US / 2) {
			printf("[P1] FAIL: slot %d: clock %lld -> %lld\n", i, before, after);
			ok = 0;
		}
	}
	printf("[P1] got %d more slots\n", ROUNDS);
	printf("[P1] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
