/* ports benchmark: one partition measures, in virtual time, the hypercall round trip,
 * and, owning both ends of each channel, send+receive pairs on queuing channels (16 B and 4096 B) and
 * write+read pairs on a 16-byte sampling channel. */
#include <prtos.h>
#include <stdio.h>

#define ROUNDS 2000

static char buf[4096];

static prtos_time_t now(void)
{
	prtos_time_t t;

	prtos_get_time(PRTOS_HW_CLOCK, &t);
	return t;
}

static void bench_queuing(const char *out, const char *in, prtos_u32_t size)
{
	prtos_s32_t tx = prtos_create_queuing_port((char *)out, 8, size, PRTOS_SOURCE_PORT);
	prtos_s32_t rx = prtos_create_queuing_port((char *)in, 8, size, PRTOS_DESTINATION_PORT);
	prtos_time_t t0, dt;
	int i;

	t0 = now();
	for (i = 0; i < ROUNDS; i++) {
		if (prtos_send_queuing_message(tx, buf, size) != PRTOS_OK ||
		    prtos_receive_queuing_message(rx, buf, size) != (prtos_s32_t)size) {
			printf("bench: Verification Failed: queuing round %d\n", i);
			return;
		}
	}
	dt = now() - t0;
	printf("bench: queuing %u B: %lld messages/s (send+receive %lld ns)\n", size,
	       (prtos_time_t)ROUNDS * 1000000 / dt, dt * 1000 / ROUNDS);
}

static void bench_sampling(void)
{
	prtos_s32_t tx = prtos_create_sampling_port("SOut", 16, PRTOS_SOURCE_PORT, 0);
	prtos_s32_t rx = prtos_create_sampling_port("SIn", 16, PRTOS_DESTINATION_PORT, 0);
	prtos_u32_t flags;
	prtos_time_t t0, dt;
	int i;

	t0 = now();
	for (i = 0; i < ROUNDS; i++) {
		if (prtos_write_sampling_message(tx, buf, 16) != PRTOS_OK ||
		    prtos_read_sampling_message(rx, buf, 16, &flags) != 16) {
			printf("bench: Verification Failed: sampling round %d\n", i);
			return;
		}
	}
	dt = now() - t0;
	printf("bench: sampling 16 B: write+read %lld ns\n", dt * 1000 / ROUNDS);
}

/* The cheapest hypercall that does real work: a round trip into the core and back. */
static void bench_hypercall(void)
{
	prtos_time_t t0, dt, t;
	int i;

	t0 = now();
	for (i = 0; i < ROUNDS; i++)
		prtos_get_time(PRTOS_HW_CLOCK, &t);
	dt = now() - t0;
	printf("bench: hypercall round trip (prtos_get_time): %lld ns\n", dt * 1000 / ROUNDS);
}

void partition_main(void)
{
	bench_hypercall();
	bench_queuing("QOut16", "QIn16", 16);
	bench_queuing("QOutMax", "QInMax", 4096);
	bench_sampling();
	prtos_halt_system();
}
