/*
 * timer_overflow, P0 (normal): arms timers whose arithmetic overflows a 64-bit
 * clock (an EXEC timer at INT64_MAX once made the core re-arm its hardware
 * timer forever, and the partition never ran again). After each call it must
 * still run, and a periodic timer whose next expiry is past the clock's end
 * fires once and is then disarmed.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define INT64_MAX_US 0x7FFFFFFFFFFFFFFFLL

static volatile int exec_ticks, hw_ticks;

static void on_exec(trap_ctxt_t *c)
{
	(void)c;
	exec_ticks++;
}

static void on_hw(trap_ctxt_t *c)
{
	(void)c;
	hw_ticks++;
}

static int failures;

static void arm(prtos_u32_t clock, prtos_time_t at, prtos_time_t every, const char *what)
{
	int i;
	prtos_s32_t rc = prtos_set_timer(clock, at, every);

	for (i = 0; i < 5; i++)
		prtos_idle_self();
	if (rc != PRTOS_OK) {
		printf("[P0] FAIL: %s: set_timer returned %d\n", what, rc);
		failures++;
		return;
	}
	printf("[P0] %s: accepted, still running\n", what);
}

static prtos_time_t now(prtos_u32_t clock)
{
	prtos_time_t t;

	prtos_get_time(clock, &t);
	return t;
}

void partition_main(void)
{
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_EXEC_TIMER), on_exec);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_hw);
	prtos_clear_irqmask(0, (1 << PRTOS_VT_EXT_EXEC_TIMER) | (1 << PRTOS_VT_EXT_HW_TIMER));
	hw_sti();
	arm(PRTOS_EXEC_CLOCK, INT64_MAX_US, 0, "EXEC one-shot at INT64_MAX");
	arm(PRTOS_HW_CLOCK, INT64_MAX_US, 0, "HW one-shot at INT64_MAX");
	arm(PRTOS_HW_CLOCK, INT64_MAX_US - 1, INT64_MAX_US, "HW periodic near INT64_MAX");
	arm(PRTOS_EXEC_CLOCK, now(PRTOS_EXEC_CLOCK) + 100, INT64_MAX_US,
	    "EXEC periodic with an INT64_MAX interval");
	arm(PRTOS_HW_CLOCK, now(PRTOS_HW_CLOCK) + 100, INT64_MAX_US / 2 + 1,
	    "HW periodic with a huge interval");
	if (exec_ticks != 1 || hw_ticks != 1) {
		printf("[P0] FAIL: %d EXEC and %d HW ticks (expected one each)\n", exec_ticks,
		       hw_ticks);
		failures++;
	}
	printf("[P0] %d failures\n", failures);
	for (;;)
		prtos_idle_self();
}
