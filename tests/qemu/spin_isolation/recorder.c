/* spin_isolation, P1: records the HW clock at each of its slot starts (slot-start
 * interrupt) and checks they are exactly one major frame apart (the clock is in
 * whole microseconds, hence the 1 us tolerance). It reports to the monitor too. */
#include <prtos.h>
#include <stdio.h>
#include "slot_starts.h"
#include "results.h"

static prtos_time_t starts[FRAMES];

void partition_main(void)
{
	prtos_time_t worst = slot_starts_worst_offset(starts, FRAMES, MAJOR_FRAME);

	printf("[P1] %d slot starts recorded, largest offset from the plan %lld us\n", FRAMES,
	       worst);
	printf(worst <= 1 ? "[P1] slot starts unaffected by the spinning partition\n"
			  : "[P1] Verification Failed: slot starts moved\n");
	RESULTS->worst_us = (prtos_s32_t)worst;
	RESULTS->done = 1;
	for (;;)
		prtos_idle_self();
}
