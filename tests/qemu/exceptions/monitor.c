/* exceptions (P5): still scheduled, with a sane clock, after the others' faults. */
#include <prtos.h>
#include <stdio.h>

#define ROUNDS 5
#define FRAME_US 6000

void partition_main(void)
{
	prtos_time_t before, after;
	int i, ok = 1;

	for (i = 0; i < ROUNDS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &before);
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &after);
		if (after - before < FRAME_US / 2) {
			printf("[P5] FAIL: clock %lld -> %lld\n", before, after);
			ok = 0;
		}
	}
	printf("[P5] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
