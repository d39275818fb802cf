/* hyp_read (P2): keeps getting its slots after the readers' faults. */
#include <prtos.h>
#include <stdio.h>

#define ROUNDS 5
#define MAJOR_FRAME_US 3000

void partition_main(void)
{
	prtos_time_t before, after;
	int i, ok = 1;

	for (i = 0; i < ROUNDS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &before);
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &after);
		if (after - before < MAJOR_FRAME_US / 2) {
			printf("[P2] FAIL: slot %d: clock %lld -> %lld\n", i, before, after);
			ok = 0;
		}
	}
	printf("[P2] got %d more slots\n", ROUNDS);
	printf("[P2] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
