/* spin_isolation: what the recorder reports to the monitor (the shared "results" area). */
#ifndef SPIN_RESULTS_H
#define SPIN_RESULTS_H

#include <prtos.h>

#define RESULTS_ADDR 0x06300000
#define MAJOR_FRAME 1000
#define FRAMES 300
#define HOG 0
#define HOG_SLOT 500 /* us of each frame */

struct spin_results {
	volatile prtos_u32_t done;     /* the recorder has its FRAMES slot starts */
	volatile prtos_s32_t worst_us; /* largest offset of any from the plan */
};

#define RESULTS ((struct spin_results *)RESULTS_ADDR)

#endif
