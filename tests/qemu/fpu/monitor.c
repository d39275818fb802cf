/* fpu (P3): the system partition lets the others run for 40 ms, then ends the test. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_time_t start, now;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - start < 40000);
	printf("[P3] Verification Passed\n");
	prtos_halt_system();
}
