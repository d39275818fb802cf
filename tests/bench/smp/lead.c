/*
 * SMP benchmark, P0 on processor 0 (system): steps through the phases with the
 * peer (peer.c, processor 1) and reports. Times are TSC cycles; under QEMU
 * -icount every CPU reads the same virtual clock (the sync phase checks it).
 *   sync   ping-pong of TSC readings: the peer's reading must fall between the
 *          lead's before its ping and after the pong, both ways
 *   skew   the TSC at the first instruction of each slot on both CPUs: their
 *          slots start at the same configured time every major frame, so the
 *          difference of the two readings of a frame is the skew
 *   ipi    the TSC before prtos_raise_partition_ipvi() to the peer's handler's
 *          first instruction. The lead asks 10 us into its slot, then gives
 *          the slot back: under -icount the peer's CPU runs only then
 *   queue  MESSAGES messages of 16 B, then 128 B: the lead sends until the
 *          queue (8 deep) is full, the peer receives until it is empty, in
 *          the same frames; each gives the rest of its slot back then. The
 *          figure is the cycles both spent in their slots, per message
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include "smp.h"

static uint32_t starts[FRAMES], samples[FRAMES > IPIS ? FRAMES : IPIS];
static char msg[128];
static int bad;

static void start(uint32_t p)
{
	SHARED->phase = p;
	wait_until(&SHARED->peer_ready, p);
}

static void finish(uint32_t p)
{
	wait_until(&SHARED->peer_done, p);
}

/* Each round: the lead's TSC, the peer's on seeing it, the lead's on seeing that. */
static void sync_phase(void)
{
	int32_t there, back, min_there = INT32_MAX, min_back = INT32_MAX;
	uint32_t k;

	start(PHASE_SYNC);
	for (k = 1; k <= SYNC_ROUNDS; k++) {
		SHARED->ping_tsc = bench_rdtsc32();
		SHARED->ping = k;
		wait_until(&SHARED->pong, k);
		back = (int32_t)(bench_rdtsc32() - SHARED->pong_tsc);
		there = (int32_t)(SHARED->pong_tsc - SHARED->ping_tsc);
		min_there = there < min_there ? there : min_there;
		min_back = back < min_back ? back : min_back;
	}
	finish(PHASE_SYNC);
	bench_report_value("smp_tsc_rounds", SYNC_ROUNDS);
	bench_report_value("smp_tsc_there", (uint64_t)(min_there < 0 ? 0 : min_there));
	bench_report_value("smp_tsc_back", (uint64_t)(min_back < 0 ? 0 : min_back));
	if (min_there < 0 || min_back < 0) {
		printf("bench: Verification Failed: the CPUs' TSCs disagree (%d, %d)\n",
		       (int)min_there, (int)min_back);
		bad = 1;
	}
}

/* Whether t[0..n) are n consecutive frames of maf cycles, within a quarter of one. */
static int consecutive(const volatile uint32_t *t, uint32_t n, uint32_t maf)
{
	uint32_t k, d;

	for (k = 1; k < n; k++) {
		d = t[k] - t[k - 1];
		if (d < maf - maf / 4 || d > maf + maf / 4)
			return 0;
	}
	return 1;
}

/* The peer's slot starts, each against the lead's start of the same frame. */
static void skew_phase(void)
{
	uint32_t maf = (uint32_t)((uint64_t)prtos_get_pct()->cpu_khz * MAJOR_FRAME_US / 1000);
	uint32_t k, n = 0, j;
	int32_t d;

	start(PHASE_SKEW);
	idle_then_rdtsc();
	for (k = 0; k < FRAMES; k++)
		starts[k] = idle_then_rdtsc();
	finish(PHASE_SKEW);
	for (k = 0; k < FRAMES; k++) {
		/* the frame of the peer's reading, counted from the lead's first */
		j = (SHARED->peer_starts[k] - starts[0] + maf / 2) / maf;
		if (j >= FRAMES)
			continue;
		d = (int32_t)(SHARED->peer_starts[k] - starts[j]);
		samples[n++] = (uint32_t)(d < 0 ? -d : d);
	}
	if (!consecutive(starts, FRAMES, maf) || !consecutive(SHARED->peer_starts, FRAMES, maf) ||
	    n < FRAMES - 2) {
		printf("bench: Verification Failed: a slot missed its frame (%u pairs)\n", n);
		bad = 1;
	}
	bench_report_hist("smp_skew", samples, n);
}

static void ipi_phase(void)
{
	uint32_t k, t;

	start(PHASE_IPI);
	t = idle_then_rdtsc();
	for (k = 0; k < IPIS; k++) {
		while (bench_rdtsc32() - t < IPI_AFTER_START)
			;
		SHARED->ipi_request = bench_rdtsc32();
		bad |= prtos_raise_partition_ipvi(1, IPVI_NO) != PRTOS_OK;
		samples[k] = bench_rdtsc32() - SHARED->ipi_request;
		idle_then_rdtsc(); /* a frame between two requests (doc/performance.md) */
		t = idle_then_rdtsc();
		if (SHARED->ipi_seen != k + 1) {
			printf("bench: Verification Failed: IPVI %u not seen two frames later\n",
			       k);
			bad = 1;
			break;
		}
	}
	SHARED->ipi_stop = 1;
	finish(PHASE_IPI);
	bench_report_hist("smp_ipi_send", samples, k);
	for (k = 0; k < IPIS; k++)
		samples[k] = SHARED->ipi_latency[k];
	bench_report_hist("smp_ipi", samples, IPIS);
}

/* MESSAGES messages of size bytes, numbered in their first word and last byte. */
static void queue_phase(uint32_t p, const char *name, const char *port, uint32_t size)
{
	prtos_s32_t tx = prtos_create_queuing_port((char *)port, 8, size, PRTOS_SOURCE_PORT);
	uint32_t m, t, busy = 0, frames = 1;
	char line[40];

	bad |= tx < 0;
	start(p);
	t = idle_then_rdtsc();
	for (m = 0; m < MESSAGES && tx >= 0; m++) {
		memcpy(msg, &m, sizeof(m));
		msg[size - 1] = (char)m;
		while (prtos_send_queuing_message(tx, msg, size) != PRTOS_OK) {
			busy += bench_rdtsc32() - t; /* full: until the next frame */
			t = idle_then_rdtsc();
			frames++;
		}
	}
	busy += bench_rdtsc32() - t;
	finish(p);
	bench_report_calls(name, MESSAGES, busy + SHARED->q_busy, 0);
	sprintf(line, "%s_frames", name);
	bench_report_value(line, frames > SHARED->q_frames ? frames : SHARED->q_frames);
}

void partition_main(void)
{
	sync_phase();
	skew_phase();
	ipi_phase();
	queue_phase(PHASE_QUEUE_16, "smp_queue_16", "Out16", 16);
	queue_phase(PHASE_QUEUE_128, "smp_queue_128", "Out128", 128);
	if (bad || SHARED->peer_bad)
		printf("bench: Verification Failed: a call failed or a message was wrong\n");
	bench_puts("bench: done\n");
	prtos_halt_system();
}
