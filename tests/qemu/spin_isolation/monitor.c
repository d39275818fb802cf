/* spin_isolation, P2 (system): once the recorder reports, checks its slot starts did
 * not move, and that the hog really spun all along: it is still running and got its
 * whole slots (its EXEC clock grew by half the HW clock); then it ends the test. */
#include <prtos.h>
#include <stdio.h>
#include "results.h"

#define DEADLINE_US 400000

void partition_main(void)
{
	prtos_part_status_t hog0, hog;
	prtos_time_t start, now;
	int share, ok;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	ok = prtos_get_partition_status(HOG, &hog0) == PRTOS_OK;
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (!RESULTS->done && now - start < DEADLINE_US);
	ok &= prtos_get_partition_status(HOG, &hog) == PRTOS_OK;
	/* The hog's share of the time, in percent: its slot is HOG_SLOT of MAJOR_FRAME. */
	share = (int)((hog.exec_clock - hog0.exec_clock) * 100 / (now - start));
	printf("[P2] recorder: %s, largest offset %d us; hog: state %d, ran %d%% of the time\n",
	       RESULTS->done ? "done" : "NOT done", RESULTS->worst_us, hog.state, share);
	ok &= RESULTS->done && RESULTS->worst_us <= 1;
	ok &= hog.state == PRTOS_STATUS_READY && share >= HOG_SLOT * 90 / MAJOR_FRAME &&
	      share <= HOG_SLOT * 105 / MAJOR_FRAME;
	printf(ok ? "[P2] Verification Passed\n" : "[P2] Verification Failed\n");
	prtos_halt_system();
}
