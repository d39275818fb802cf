/*
 * SMP benchmark: the plan (prtos_cf.x86.xml) and the area both partitions map.
 * P0 (lead) runs on processor 0, P1 (peer) on processor 1, each in one slot as
 * long as the major frame: their slots start together every frame. The lead
 * steps through the phases; the peer follows `phase`.
 */
#ifndef SMP_H
#define SMP_H

#include <stdint.h>
#include <prtos_hcall.h>
#include "bench.h"

#define MAJOR_FRAME_US 100
#define SHARED_AREA 0x06400000

#define SYNC_ROUNDS BENCH_SCALE(100, 4) /* TSC cross-checks, each way */
#define FRAMES BENCH_SCALE(2000, 20)	/* major frames of the skew phase */
#define IPIS BENCH_SCALE(100, 10)	/* IPVIs sent to the peer */
#define MESSAGES BENCH_SCALE(2000, 40)	/* queuing messages of each size */
#define IPI_AFTER_START 10000		/* cycles: both CPUs are done with the slot start */
#define IPVI_NO 24			/* PRTOS_VT_EXT_IPVI0: the XML's Ipvi 0 */

enum phase { PHASE_SYNC = 1, PHASE_SKEW, PHASE_IPI, PHASE_QUEUE_16, PHASE_QUEUE_128, PHASE_END };

struct shared {
	volatile uint32_t phase;      /* set by the lead */
	volatile uint32_t peer_ready; /* the phase the peer has entered */
	volatile uint32_t peer_done;  /* the last phase the peer has finished */
	volatile uint32_t peer_bad;   /* a message came out of order or corrupt */
	/* sync: the lead's TSC, then the peer's on seeing it, round by round */
	volatile uint32_t ping, pong, ping_tsc, pong_tsc;
	/* ipi: the lead's TSC just before the hypercall; the peer's handler counts */
	volatile uint32_t ipi_request, ipi_seen, ipi_stop;
	volatile uint32_t ipi_latency[IPIS];
	/* queue: the cycles the peer spent receiving (in the core and out), its frames */
	volatile uint32_t q_busy, q_frames;
	volatile uint32_t peer_starts[FRAMES]; /* the peer's slot-start TSCs */
};

#define SHARED ((struct shared *)SHARED_AREA)

#define HCALL_IDLE_SELF 2 /* X(2, idle_self, ...) of <prtos/hypercalls.h> */

/* Gives the rest of the slot back; returns the TSC at the first instruction of the
 * next slot (as in tests/bench/sched/meter.c). */
static inline uint32_t idle_then_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile(PRTOS_HCALL_INSN "\n\trdtsc"
			 : "=a"(lo), "=d"(hi)
			 : "a"(HCALL_IDLE_SELF)
			 : "ebx", "ecx", "esi", "edi", "memory");
	return lo;
}

/*
 * Waits for the other CPU, a major frame at a time: a vCPU spinning in its slot
 * would hold QEMU's round robin (one vCPU at a time under -icount) for its
 * whole time slice, while the one it waits for cannot run.
 */
static inline void wait_until(volatile uint32_t *word, uint32_t value)
{
	while (*word != value)
		idle_then_rdtsc();
}

#endif
