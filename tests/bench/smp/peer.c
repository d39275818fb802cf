/*
 * SMP benchmark, P1 on processor 1: the lead's partner in each phase (lead.c).
 *   sync   answers each ping of the lead with its own TSC
 *   skew   records the TSC at the first instruction of each of its slots
 *   ipi    spins with the IPVI's handler installed; its own trap entry reads the
 *          TSC as its first instruction: the latency is that less the lead's
 *          TSC just before its hypercall
 *   queue  receives the lead's messages until the queue is empty, then gives
 *          its slot back, each frame; checks every message
 */
#include <prtos.h>
#include <irqs.h>
#include <string.h>
#include "smp.h"

void bench_trap_entry(void);
void bail_trap_entry(void);
uint32_t bench_entry_tsc;

__asm__(".text\n"
	".globl bench_trap_entry\n"
	"bench_trap_entry:\n"
	"	rdtsc\n"
	"	movl %eax, bench_entry_tsc\n"
	"	jmp bail_trap_entry\n");

static char msg[128];

/* Enters phase p once the lead has: returns when the lead may count on the peer. */
static void enter(uint32_t p)
{
	wait_until(&SHARED->phase, p);
	SHARED->peer_ready = p;
}

static void sync_phase(void)
{
	uint32_t k;

	enter(PHASE_SYNC);
	for (k = 1; k <= SYNC_ROUNDS; k++) {
		wait_until(&SHARED->ping, k);
		SHARED->pong_tsc = bench_rdtsc32();
		SHARED->pong = k;
	}
}

static void skew_phase(void)
{
	uint32_t k;

	enter(PHASE_SKEW);
	idle_then_rdtsc(); /* from here on, each slot starts with this partition idle */
	for (k = 0; k < FRAMES; k++)
		SHARED->peer_starts[k] = idle_then_rdtsc();
}

static void ipvi_handler(trap_ctxt_t *ctxt)
{
	uint32_t k = SHARED->ipi_seen;

	(void)ctxt;
	if (k < IPIS)
		SHARED->ipi_latency[k] = bench_entry_tsc - SHARED->ipi_request;
	SHARED->ipi_seen = k + 1;
}

static void ipi_phase(void)
{
	install_trap_handler(BAIL_PRTOSEXT_TRAP(IPVI_NO), ipvi_handler);
	prtos_set_trap_entry((prtos_address_t)bench_trap_entry);
	prtos_clear_irqmask(0, 1U << IPVI_NO);
	hw_sti();
	enter(PHASE_IPI);
	while (!SHARED->ipi_stop)
		; /* no rdtsc here: under -icount each one ends a translation block */
	hw_cli();
}

/* Receives MESSAGES messages of size bytes, numbered 0, 1, ... (lead.c); reports the
 * cycles it spent in its slots on them. */
static void queue_phase(uint32_t p, const char *port, uint32_t size)
{
	prtos_s32_t rx = prtos_create_queuing_port((char *)port, 8, size, PRTOS_DESTINATION_PORT);
	uint32_t m, seq, t, busy = 0, frames = 1;

	enter(p);
	if (rx < 0) {
		SHARED->peer_bad = 1;
		return;
	}
	t = idle_then_rdtsc();
	for (m = 0; m < MESSAGES; m++) {
		while (prtos_receive_queuing_message(rx, msg, size) != (prtos_s32_t)size) {
			busy += bench_rdtsc32() - t; /* empty: until the next frame */
			t = idle_then_rdtsc();
			frames++;
		}
		memcpy(&seq, msg, sizeof(seq));
		if (seq != m || (uint8_t)msg[size - 1] != (uint8_t)m)
			SHARED->peer_bad = 1;
	}
	SHARED->q_busy = busy + (bench_rdtsc32() - t);
	SHARED->q_frames = frames;
}

void partition_main(void)
{
	sync_phase();
	SHARED->peer_done = PHASE_SYNC;
	skew_phase();
	SHARED->peer_done = PHASE_SKEW;
	ipi_phase();
	SHARED->peer_done = PHASE_IPI;
	queue_phase(PHASE_QUEUE_16, "In16", 16);
	SHARED->peer_done = PHASE_QUEUE_16;
	queue_phase(PHASE_QUEUE_128, "In128", 128);
	SHARED->peer_done = PHASE_QUEUE_128;
	for (;;)
		prtos_idle_self();
}
