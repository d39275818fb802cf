/* channels, P1 and P2 (one object): receive ROUNDS jobs from the queuing port, read the
 * latest temperature from the sampling port, then swap sums with the other consumer
 * through the shared area. P2 (system) checks everything and halts the system. */
#include <prtos.h>
#include <stdio.h>
#include "exchange.h"

void partition_main(void)
{
	prtos_id_t self = PRTOS_PARTITION_SELF, other = self == 1 ? 2 : 1;
	prtos_s32_t temp, jobs, r;
	prtos_u32_t v, n = 0, sum = 0, flags = 0, t = 0, expect_sum = 0, k;

	temp = prtos_create_sampling_port("TempIn", 4, PRTOS_DESTINATION_PORT, 100000);
	jobs = prtos_create_queuing_port("Jobs", 8, 4, PRTOS_DESTINATION_PORT);
	while (n < ROUNDS) {
		r = prtos_receive_queuing_message(jobs, &v, sizeof(v));
		if (r == PRTOS_OP_NOT_ALLOWED) {
			prtos_idle_self(); /* empty: wait for the producer */
			continue;
		}
		printf("[P%d] job %d\n", self, v);
		sum += v;
		n++;
	}
	/* the temperature of the last round was written before its job was queued */
	prtos_read_sampling_message(temp, &t, sizeof(t), &flags);
	printf("[P%d] temperature %d (%s), sum of jobs %d\n", self, t,
	       flags & PRTOS_COMM_MSG_VALID ? "valid" : "stale", sum);
	EXCHANGE->sum[self] = sum;
	EXCHANGE->temp[self] = t;
	EXCHANGE->done[self] = 1;
	while (!EXCHANGE->done[other])
		prtos_idle_self();
	printf("[P%d] P%d's sum through the shared area: %d\n", self, other, EXCHANGE->sum[other]);
	if (self != 2) {
		for (;;)
			prtos_idle_self();
	}
	for (k = 1; k <= ROUNDS; k++)
		expect_sum += JOB(1, k) + JOB(2, k);
	prtos_idle_self(); /* let P1 print its line */
	if (EXCHANGE->sum[1] + EXCHANGE->sum[2] == expect_sum &&
	    EXCHANGE->temp[1] == TEMP(ROUNDS) && EXCHANGE->temp[2] == TEMP(ROUNDS) &&
	    (flags & PRTOS_COMM_MSG_VALID))
		printf("[P2] Verification Passed\n");
	else
		printf("[P2] Verification Failed\n");
	prtos_halt_system();
}
