/* plan_switch, P0 (system): walks plans 0 -> 1 -> 2 -> 1 and checks with
 * prtos_get_plan_status that every switch happened at a major-frame boundary of
 * the plan it left, after the request. Plan 0, the boot plan, cannot be asked
 * for again: that request is refused. */
#include <prtos.h>
#include <stdio.h>

static const prtos_time_t major_frame[] = {10000, 20000, 5000};
static const prtos_u32_t my_slot[] = {2000, 3000, 1000};
static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P0] FAIL: %s\n", what);
		failures++;
	}
}

static void walk_to(prtos_u32_t target)
{
	prtos_plan_status_t before, st;
	prtos_time_t asked, now;
	prtos_u32_t current = 99;

	prtos_get_plan_status(&before);
	prtos_get_time(PRTOS_HW_CLOCK, &asked);
	check(prtos_switch_sched_plan(target, &current) == PRTOS_OK, "switch accepted");
	check(current == (prtos_u32_t)before.current, "current plan reported");
	prtos_get_plan_status(&st);
	check(st.next == (prtos_s32_t)target && st.current == before.current, "switch pending");
	do {
		prtos_idle_self();
		prtos_get_plan_status(&st);
	} while (st.current != (prtos_s32_t)target);
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	check(st.prev == before.current, "previous plan");
	check(st.switch_time > asked && st.switch_time <= now, "switched after the request");
	check((st.switch_time - before.switch_time) % major_frame[before.current] == 0,
	      "switched at a major-frame boundary");
	check(prtos_get_pct()->cyclic_sched_info.slot_duration == my_slot[target],
	      "the new plan's slot");
	printf("[P0] plan %d -> %d at %lld us (%lld frames of %lld us after plan %d began)\n",
	       before.current, st.current, st.switch_time,
	       (st.switch_time - before.switch_time) / major_frame[before.current],
	       major_frame[before.current], before.current);
}

void partition_main(void)
{
	prtos_plan_status_t st;
	prtos_u32_t current;

	prtos_get_plan_status(&st);
	check(st.current == 0 && st.next == 0 && st.prev == -1, "boot plan status");
	walk_to(1);
	walk_to(2);
	check(prtos_switch_sched_plan(0, &current) == PRTOS_INVALID_PARAM, "plan 0 refused");
	check(prtos_switch_sched_plan(3, &current) == PRTOS_INVALID_PARAM, "unknown plan refused");
	check(prtos_switch_sched_plan(2, &current) == PRTOS_NO_ACTION, "current plan: no action");
	printf("[P0] plan 0 cannot be requested again: refused as the API says\n");
	walk_to(1);
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
