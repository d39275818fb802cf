/*
 * smp_plan_switch, both partitions (P0 on processor 0, P1 on processor 1): at each of
 * its slot starts (the slot-start interrupt) a partition reads the HW clock, its plan
 * status and its slot's duration from its control table; at the first slot of each
 * new plan it records them in the shared area. P0 (system) asks for plan 1, then plan
 * 2, and judges: both processors switched at the same major-frame boundary (the same
 * switch_time, a whole number of the old plan's frames after the previous one, after
 * the request), and each one's first slot in the new plan started where that plan
 * puts it, with its duration.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "isolation_bound.h"
#include "plans.h"
#include "smp_report.h"

static volatile prtos_u32_t switches_seen;
static prtos_s32_t last_plan;
static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P0] FAIL: %s\n", what);
		failures++;
	}
}

static void on_slot_start(trap_ctxt_t *ctxt)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF;
	prtos_time_t now = smp_now();
	prtos_plan_status_t ps;
	struct seen *s;

	(void)ctxt;
	if (prtos_get_plan_status(&ps) != PRTOS_OK || ps.current == last_plan ||
	    switches_seen >= SWITCHES)
		return;
	last_plan = ps.current;
	s = &REPORT->seen[me][switches_seen];
	s->plan = ps.current;
	s->prev = ps.prev;
	s->switch_time = ps.switch_time;
	s->slot_start = now;
	s->slot_duration = prtos_get_pct0()->cyclic_sched_info.slot_duration;
	switches_seen++;
}

/* Asks for plan target, and waits until this processor runs it. */
static void switch_to(prtos_u32_t target)
{
	prtos_u32_t current, n = switches_seen;
	prtos_time_t asked = smp_now();
	int i;

	check(prtos_switch_sched_plan(target, &current) == PRTOS_OK, "switch accepted");
	for (i = 0; i < 20 && switches_seen == n; i++)
		prtos_idle_self();
	check(switches_seen == n + 1, "this processor switched");
	check(REPORT->seen[0][n].switch_time > asked, "switched after the request");
}

static void judge_switch(int n, prtos_time_t prev_switch)
{
	const struct seen *a = &REPORT->seen[0][n], *b = &REPORT->seen[1][n];
	prtos_time_t late0 = a->slot_start - a->switch_time - slot_start[0][a->plan];
	prtos_time_t late1 = b->slot_start - b->switch_time - slot_start[1][b->plan];

	printf("[P0] switch %d: processor 0 plan %d -> %d at %lld us, processor 1 plan %d -> %d "
	       "at %lld us; first slots %lld and %lld us after the plan's start, %u and %u us "
	       "long\n",
	       n + 1, a->prev, a->plan, a->switch_time, b->prev, b->plan, b->switch_time, late0,
	       late1, a->slot_duration, b->slot_duration);
	check(a->plan == n + 1 && b->plan == n + 1 && a->prev == n && b->prev == n,
	      "both processors in the new plan");
	check(a->switch_time == b->switch_time, "the same switch time on both processors");
	check((a->switch_time - prev_switch) % major_frame[n] == 0,
	      "at a boundary of the old plan's major frame");
	check(late0 >= 0 && late0 <= ISOLATION_BOUND_US && late1 >= 0 &&
		      late1 <= ISOLATION_BOUND_US,
	      "first slots where the new plan puts them");
	check(a->slot_duration == slot_duration[0][n + 1] &&
		      b->slot_duration == slot_duration[1][n + 1],
	      "the new plan's slot durations");
}

void partition_main(void)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF;
	prtos_plan_status_t ps;
	int i;

	prtos_get_plan_status(&ps);
	last_plan = ps.current;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), on_slot_start);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	if (me == 1) {
		while (switches_seen < SWITCHES)
			prtos_idle_self();
		REPORT->done[1] = 1;
		for (;;)
			prtos_idle_self();
	}
	for (i = 0; i < 3; i++)
		prtos_idle_self(); /* a few frames of plan 0 first */
	switch_to(1);
	for (i = 0; i < 3; i++)
		prtos_idle_self();
	switch_to(2);
	for (i = 0; i < 20 && !REPORT->done[1]; i++)
		prtos_idle_self();
	check(REPORT->done[1], "processor 1 saw both switches");
	judge_switch(0, ps.switch_time);
	judge_switch(1, REPORT->seen[0][0].switch_time);
	printf("[P0] %s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
