/*
 * redteam5_plan_overlap, the switcher (P0, system, processor 0 at 1500-2000 us): asks for
 * plan 1 or 2 at random without pause, for FRAMES frames, then reports what A and B saw
 * and halts the system.
 */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

#define FRAMES 300
static prtos_u32_t rnd_state = 4242;
static prtos_u32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245U + 12345U;
	return rnd_state >> 8;
}

void partition_main(void)
{
	prtos_u32_t f, cur, asks = 0;
	prtos_plan_status_t ps;
	prtos_time_t t, end;

	for (f = 0; f < FRAMES; f++) {
		prtos_get_time(PRTOS_HW_CLOCK, &t);
		end = t + 480;
		do {
#ifndef NO_ASK
			prtos_switch_sched_plan(1 + (rnd() & 1), &cur);
#endif
			asks++;
			prtos_get_time(PRTOS_HW_CLOCK, &t);
		} while (t < end);
#ifdef NO_ASK
		if (f == 0)
			prtos_switch_sched_plan(1, &cur);
		if (f == 100)
			prtos_switch_sched_plan(2, &cur);
		if (f == 200)
			prtos_switch_sched_plan(1, &cur);
#endif
		prtos_idle_self();
	}
	prtos_get_plan_status(&ps);
	printf("[P0] %u asks over %u frames; plan now %d\n", asks, FRAMES, ps.current);
	printf("[P0] A: %u windows, %u with B on at the same time (first at %u us, last at %u "
	       "us)\n",
	       MX->windows[1], MX->overlaps[1], MX->first_at[1], MX->last_at[1]);
	printf("[P0] B: %u windows, %u with A on at the same time (first at %u us, last at %u "
	       "us)\n",
	       MX->windows[2], MX->overlaps[2], MX->first_at[2], MX->last_at[2]);
	printf("[P0] plan overlap: %s\n", MX->overlaps[1] || MX->overlaps[2] ? "FAIL" : "held");
	prtos_halt_system();
}
