/* fpu: what the two fp partitions report to the monitor (the shared "results" area). */
#ifndef FPU_RESULTS_H
#define FPU_RESULTS_H

#include <prtos.h>

#define RESULTS_ADDR 0x06400000
#define FPU_KEPT 0x4B455054U	/* "KEPT": the x87 state stayed its own */
#define FPU_CHANGED 0x4348474EU /* "CHGN": it changed */
#define MIN_SLOTS 4		/* over at least this many of its slots */

struct fpu_results {
	volatile prtos_u32_t verdict[2]; /* per fp partition (P0, P1): FPU_KEPT or FPU_CHANGED */
	volatile prtos_u32_t slots[2];	 /* slots it checked over */
};

#define RESULTS ((struct fpu_results *)RESULTS_ADDR)

#endif
