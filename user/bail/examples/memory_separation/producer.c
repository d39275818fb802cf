/* memory_separation, P1: sends ROUNDS values to P2 through the shared area and
 * checks its own memory was not touched by P0. */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

static volatile unsigned int guard = 0x600D; /* lives in P1's private area */

void partition_main(void)
{
	unsigned int k;

	for (k = 1; k <= ROUNDS; k++) {
		MAILBOX->value = k * 7;
		while (MAILBOX->ack != k)
			prtos_idle_self();
	}
	printf("[P1] sent %d values through the shared area\n", ROUNDS);
	printf(guard == 0x600D && *(volatile unsigned int *)P1_PRIVATE != 0xBAD
		       ? "[P1] private memory intact\n"
		       : "[P1] Verification Failed: private memory changed\n");
}
