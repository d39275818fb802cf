/* spin_isolation, P2 (system): ends the test once P1 had its frames. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_time_t start, now;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - start < 320 * 1000);
	printf("[P2] Verification Passed\n");
	prtos_halt_system();
}
