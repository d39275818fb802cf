/* channels, P0: each round writes the temperature to a sampling port read by P1 and P2,
 * and queues one job to each of them. */
#include <prtos.h>
#include <stdio.h>
#include "exchange.h"

void partition_main(void)
{
	prtos_s32_t temp, to_a, to_b;
	prtos_u32_t k, v;

	temp = prtos_create_sampling_port("TempOut", 4, PRTOS_SOURCE_PORT, 100000);
	to_a = prtos_create_queuing_port("ToA", 8, 4, PRTOS_SOURCE_PORT);
	to_b = prtos_create_queuing_port("ToB", 8, 4, PRTOS_SOURCE_PORT);
	if (temp < 0 || to_a < 0 || to_b < 0) {
		printf("[P0] Verification Failed: ports %d %d %d\n", temp, to_a, to_b);
		return;
	}
	for (k = 1; k <= ROUNDS; k++) {
		v = TEMP(k);
		prtos_write_sampling_message(temp, &v, sizeof(v));
		v = JOB(1, k);
		prtos_send_queuing_message(to_a, &v, sizeof(v));
		v = JOB(2, k);
		prtos_send_queuing_message(to_b, &v, sizeof(v));
		printf("[P0] round %d: temperature %d, jobs %d and %d\n", k, TEMP(k), JOB(1, k),
		       JOB(2, k));
		prtos_idle_self();
	}
	for (;;)
		prtos_idle_self();
}
