/* hcall_fuzz: what the fuzzer, the sibling and the judge tell each other. */
#ifndef HCALL_FUZZ_SHARED_H
#define HCALL_FUZZ_SHARED_H

#include <prtos.h>
#include <prtos_hcall.h>
#include "fuzz_params.h" /* FUZZ_SEED, FUZZ_CALLS: generated from the make variables */

#define MAJOR_FRAME_US 1000
#include "isolation_bound.h" /* ISOLATION_BOUND_US */

/* Buckets of the per-number counts: every number below NR_BUCKETS - 1 (the table and
 * four past its end), then one for every number further out. */
#define NR_NEAR (PRTOS_HCALL_TABLE_SIZE + 4)
#define NR_BUCKETS (NR_NEAR + 1)
#define FAR_BUCKET NR_NEAR

/* The sibling's canary: a pattern it writes past its image, which nobody else may change. */
#define CANARY_ADDR 0x06180000U
#define CANARY_SIZE (64U * 1024U)
#define SIBLING_BASE 0x06100000U

/* Shared by all three (the fuzzer writes it: the judge trusts only what it can check). */
struct control {
	volatile unsigned int sibling_ready; /* the sibling took its baseline: fuzz */
	volatile unsigned int done;	     /* the fuzzer made FUZZ_CALLS calls */
	volatile unsigned int calls;	     /* hypercalls made, over all restarts */
	volatile unsigned int restarts;	     /* the fuzzer's resets */
	volatile unsigned int wild_irets;    /* x86_iret with a context of garbage */
	volatile unsigned int traps;	     /* virtual interrupts and traps it received */
	volatile unsigned int count[NR_BUCKETS];
};

/* Shared by the sibling and the judge only. */
struct sibling_report {
	volatile unsigned int done;
	volatile unsigned int image_end;    /* the end of its code and constants */
	volatile unsigned int bss_end;	    /* its image ends below the canary */
	volatile unsigned int image_sum[2]; /* their checksum: baseline, at the end */
	volatile unsigned int canary_sum[2];
	volatile unsigned int slot_starts;
	volatile int worst_us;
};

#define CONTROL ((struct control *)0x06400000)
#define SIBLING ((struct sibling_report *)0x06401000)

/*
 * Waiting for the other partitions: gives the slot back, or, with FUZZ_SPIN_WAIT (on
 * several processors), spins through it: under QEMU's -icount a processor halted at a
 * slot boundary can take its timer late while another one runs (doc/security.md, known
 * limitations), which would be QEMU's lateness, not the core's.
 */
static inline void fuzz_wait(void)
{
#ifdef FUZZ_SPIN_WAIT
	__asm__ volatile("pause");
#else
	prtos_idle_self();
#endif
}

/* Checksum of n bytes (a multiple of 4) at p. */
static inline unsigned int fuzz_sum(const void *p, unsigned int n, unsigned int h)
{
	const volatile unsigned int *w = p;
	unsigned int i;

	for (i = 0; i < n / 4; i++)
		h = ((h ^ w[i]) * 16777619U) ^ (h >> 15);
	return h;
}

/* The canary's word at address a. */
static inline unsigned int canary_word(unsigned int a)
{
	return (a * 2654435761U) ^ FUZZ_SEED;
}

#endif
