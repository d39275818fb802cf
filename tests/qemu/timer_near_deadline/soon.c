/*
 * timer_near_deadline, P0 (normal): arms a HW timer 1 to 40 us ahead, at the start
 * of a slot, and waits for it. The deadline can pass while the core is still
 * arming its hardware timer for it: the timer must then fire at once, not after
 * the hardware counter wraps (make mutate's timer-past-deadline-wraps).
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define MAX_AHEAD_US 40
#define LATE_US 200 /* well inside the 400 us slot */

static volatile int hw_ticks;

static void on_hw(trap_ctxt_t *c)
{
	(void)c;
	hw_ticks++;
}

static prtos_time_t now(void)
{
	prtos_time_t t;

	prtos_get_time(PRTOS_HW_CLOCK, &t);
	return t;
}

/* 0 when a timer armed ahead us from now fired within LATE_US. */
static int fires(prtos_time_t ahead)
{
	int before = hw_ticks;
	prtos_time_t t = now(), waited;

	if (prtos_set_timer(PRTOS_HW_CLOCK, t + ahead, 0) != PRTOS_OK) {
		printf("[P0] FAIL: set_timer %lld us ahead refused\n", ahead);
		return -1;
	}
	while (hw_ticks == before && now() - t < LATE_US)
		;
	waited = now() - t;
	if (hw_ticks == before) {
		printf("[P0] FAIL: a timer %lld us ahead had not fired after %lld us\n", ahead,
		       waited);
		return -1;
	}
	return 0;
}

void partition_main(void)
{
	prtos_time_t ahead;
	int failures = 0;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_hw);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	for (ahead = 1; ahead <= MAX_AHEAD_US; ahead++) {
		prtos_idle_self(); /* each at the start of a slot */
		if (fires(ahead))
			failures++;
	}
	printf("[P0] timers 1 to %d us ahead: %d failures\n", MAX_AHEAD_US, failures);
	for (;;)
		prtos_idle_self();
}
