/* memory_separation, P2 (system): receives P1's values through the shared area. */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

void partition_main(void)
{
	unsigned int k, sum = 0, i;

	for (k = 1; k <= ROUNDS; k++) {
		while (MAILBOX->value != k * 7)
			prtos_idle_self();
		sum += MAILBOX->value;
		MAILBOX->ack = k;
	}
	printf("[P2] received %d values, sum %d\n", ROUNDS, sum);
	for (i = 0; i < 3; i++)
		prtos_idle_self(); /* let P1 report */
	printf(sum == 7 * ROUNDS * (ROUNDS + 1) / 2 ? "[P2] Verification Passed\n"
						    : "[P2] Verification Failed\n");
	prtos_halt_system();
}
