/* hcall_fuzz, P1: records its slot starts while the fuzzer runs and reports how far
 * any of them moved from whole major frames. */
#include <prtos.h>
#include "shared.h"
#include "slot_starts.h"

static prtos_time_t starts[FRAMES];

void partition_main(void)
{
	REPORT->sibling_worst_us = (int)slot_starts_worst_offset(starts, FRAMES, MAJOR_FRAME_US);
	REPORT->sibling_done = 1;
	for (;;)
		prtos_idle_self();
}
