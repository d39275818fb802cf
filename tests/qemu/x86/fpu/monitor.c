/* fpu (P3, system): waits for the two fp partitions' reports, then checks that both
 * kept their x87 state over several slots and that the partition without the fp flag
 * was halted by its FPU fault; then it ends the test. */
#include <prtos.h>
#include <stdio.h>
#include "results.h"

#define NOFP 2
#define DEADLINE_US 100000

void partition_main(void)
{
	prtos_time_t start, now;
	prtos_part_status_t nofp;
	int i, ok = 1;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while ((!RESULTS->verdict[0] || !RESULTS->verdict[1]) && now - start < DEADLINE_US);
	for (i = 0; i < 2; i++) {
		printf("[P3] P%d: x87 state %s over %u slots\n", i,
		       RESULTS->verdict[i] == FPU_KEPT	    ? "kept"
		       : RESULTS->verdict[i] == FPU_CHANGED ? "CHANGED"
							    : "not reported",
		       RESULTS->slots[i]);
		ok &= RESULTS->verdict[i] == FPU_KEPT && RESULTS->slots[i] >= MIN_SLOTS;
	}
	ok &= prtos_get_partition_status(NOFP, &nofp) == PRTOS_OK;
	printf("[P3] P%d (no fp flag): %s\n", NOFP,
	       nofp.state == PRTOS_STATUS_HALTED ? "halted" : "NOT halted");
	ok &= nofp.state == PRTOS_STATUS_HALTED;
	printf(ok ? "[P3] Verification Passed\n" : "[P3] Verification Failed\n");
	prtos_halt_system();
}
