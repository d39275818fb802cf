/*
 * Hypercall and port benchmark: the cost of one call of each kind, in TSC
 * cycles (guest instructions under QEMU -icount shift=0). One partition owns
 * both ends of each channel. Each figure is a loop of calls, less the same
 * loop with the call replaced by a volatile read (bench.h).
 */
#include <prtos.h>
#include <stdio.h>
#include "bench.h"

#define CALLS BENCH_SCALE(1000, 8)
#define DEPTH 8 /* maxNoMessages of the queuing channels */
#define MAX_MSG 4096

static char buf[MAX_MSG];
/* what the loops without the call read instead: 0, and the size a call returns */
static volatile prtos_s32_t zero;
static volatile prtos_u32_t zero_size;
static prtos_s32_t bad;

static void bench_hypercalls(void)
{
	prtos_time_t t;

	bench_report_calls("null_hypercall", CALLS,
			   BENCH_TIMED_LOOP(CALLS, bad |= prtos_get_vcpuid()),
			   BENCH_TIMED_LOOP(CALLS, bad |= zero));
	bench_report_calls("get_time", CALLS,
			   BENCH_TIMED_LOOP(CALLS, bad |= prtos_get_time(PRTOS_HW_CLOCK, &t)),
			   BENCH_TIMED_LOOP(CALLS, bad |= zero));
}

static void bench_sampling(const char *name, const char *out, const char *in, prtos_u32_t size)
{
	prtos_s32_t tx = prtos_create_sampling_port((char *)out, size, PRTOS_SOURCE_PORT, 0);
	prtos_s32_t rx = prtos_create_sampling_port((char *)in, size, PRTOS_DESTINATION_PORT, 0);
	prtos_u32_t flags;
	char line[40];

	zero_size = size;
	sprintf(line, "sampling_write_%s", name);
	bench_report_calls(
		line, CALLS,
		BENCH_TIMED_LOOP(CALLS, bad |= prtos_write_sampling_message(tx, buf, size)),
		BENCH_TIMED_LOOP(CALLS, bad |= zero));
	sprintf(line, "sampling_read_%s", name);
	bench_report_calls(
		line, CALLS,
		BENCH_TIMED_LOOP(CALLS,
				 bad |= prtos_read_sampling_message(rx, buf, size, &flags) ^ size),
		BENCH_TIMED_LOOP(CALLS, bad |= zero_size ^ size));
}

/* Batches of DEPTH sends, then DEPTH receives, each batch timed on its own. */
static void bench_queuing(const char *name, const char *out, const char *in, prtos_u32_t size)
{
	prtos_s32_t tx = prtos_create_queuing_port((char *)out, DEPTH, size, PRTOS_SOURCE_PORT);
	prtos_s32_t rx = prtos_create_queuing_port((char *)in, DEPTH, size, PRTOS_DESTINATION_PORT);
	prtos_u32_t send = 0, send_loop = 0, recv = 0, recv_loop = 0, r;
	char line[40];

	zero_size = size;
	for (r = 0; r < CALLS / DEPTH; r++) {
		send += BENCH_TIMED_LOOP(DEPTH, bad |= prtos_send_queuing_message(tx, buf, size));
		recv += BENCH_TIMED_LOOP(
			DEPTH, bad |= prtos_receive_queuing_message(rx, buf, size) ^ size);
		send_loop += BENCH_TIMED_LOOP(DEPTH, bad |= zero);
		recv_loop += BENCH_TIMED_LOOP(DEPTH, bad |= zero_size ^ size);
	}
	sprintf(line, "queuing_send_%s", name);
	bench_report_calls(line, CALLS / DEPTH * DEPTH, send, send_loop);
	sprintf(line, "queuing_receive_%s", name);
	bench_report_calls(line, CALLS / DEPTH * DEPTH, recv, recv_loop);
}

void partition_main(void)
{
	bench_hypercalls();
	bench_sampling("16", "SOut16", "SIn16", 16);
	bench_sampling("max", "SOutMax", "SInMax", MAX_MSG);
	bench_queuing("16", "QOut16", "QIn16", 16);
	bench_queuing("128", "QOut128", "QIn128", 128);
	bench_queuing("max", "QOutMax", "QInMax", MAX_MSG);
	if (bad)
		printf("bench: Verification Failed: a call returned an error\n");
	bench_puts("bench: done\n");
	prtos_halt_system();
}
