/* area_flags, P1 (system): fills the page P0 sees read-only, then checks that P0's
 * checks all held and that the page still holds its pattern. */
#include <prtos.h>
#include <stdio.h>
#include "area_flags.h"

#define DEADLINE_FRAMES 50

void partition_main(void)
{
	volatile prtos_u32_t *data = (volatile prtos_u32_t *)DATA_ADDR;
	prtos_u32_t i, intact = 1;
	int frames;

	for (i = 0; i < AREA_SIZE / 4; i++)
		data[i] = PATTERN;
	MAILBOX->pattern_ready = 1;
	for (frames = 0; !MAILBOX->done && frames < DEADLINE_FRAMES; frames++)
		prtos_idle_self();
	for (i = 0; i < AREA_SIZE / 4; i++)
		intact &= data[i] == PATTERN;
	printf("[P1] P0 done %d, %d of %d checks held; the page is %s\n", MAILBOX->done,
	       MAILBOX->passed, PROBES, intact ? "intact" : "changed");
	if (MAILBOX->done && MAILBOX->passed == PROBES && intact)
		printf("[P1] Verification Passed\n");
	else
		printf("[P1] Verification Failed\n");
	prtos_halt_system();
}
