/* smp_plan_switch: the plans of prtos_cf.x86.xml, and what each processor's partition saw. */
#ifndef PLANS_H
#define PLANS_H

#include <prtos.h>

#define PLANS 3
#define SWITCHES 2 /* 0 -> 1 -> 2 */

static const prtos_time_t major_frame[PLANS] = {10000, 20000, 5000};
/* Each processor's slot in each plan: start and duration, in us. */
static const prtos_time_t slot_start[2][PLANS] = {{0, 0, 0}, {1000, 5000, 2000}};
static const prtos_u32_t slot_duration[2][PLANS] = {{2000, 3000, 1000}, {2000, 4000, 2000}};

/* What a partition saw at its first slot in a new plan. */
struct seen {
	volatile prtos_s32_t plan, prev;
	volatile prtos_time_t switch_time, slot_start; /* slot_start: the HW clock there */
	volatile prtos_u32_t slot_duration;	       /* from its control table */
};

struct report {
	struct seen seen[2][SWITCHES]; /* [processor][switch] */
	volatile prtos_u32_t done[2];
};

#define REPORT ((struct report *)0x06800000)

#endif
