/*
 * cross_cpu_manage, P0 (system, on processor 0): suspends, resumes, halts and resets
 * the target (P1), which runs on processor 1 in a slot at the same time, one action
 * per major frame, and checks from the target's own readings of the HW clock that
 * each takes effect at once: the target's last reading is at most ACT_BOUND_US after
 * a suspend or halt returned; after a resume it runs again within ACT_BOUND_US; after
 * a reset the old run stops as fast and the new one starts at its entry in the same
 * slot, with its reset counter one higher and the status given. Last, the target
 * halts itself while this processor is busy: the core says so at once.
 *
 * Under QEMU's -icount the processors run in turns in one host thread, a turn lasting
 * up to half the time to the next timer deadline (5 ms here, without more). So after
 * each action this partition gives the rest of its slot back (processor 0 idles, and
 * an idle processor hands the turn over at once): the target's readings are not held
 * back by this processor's turns. And while it watches the target, a TICK_US
 * periodic timer keeps the turns short enough for both to run in every TICK_US.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "shared.h"
#include "smp_report.h"

#define TARGET 1
/* How long after an action returns the target may still run, or must run again: the
 * core's reschedule IPI and the target's switch (a few thousand instructions, about
 * 50 us at 16 ns each), plus one of its clock readings' spacing (CLOCK_EVERY turns,
 * about 20 us). Without the IPI the target would stop at its slot's end, or run again
 * in its next slot: milliseconds later. */
#define ACT_BOUND_US 100
#define WATCH_US 1000
#define TICK_US 300

static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P0] FAIL: %s\n", what);
		failures++;
	}
}

static void on_tick(trap_ctxt_t *ctxt)
{
	(void)ctxt;
}

static prtos_u32_t target_state(void)
{
	prtos_part_status_t st;

	return prtos_get_partition_status(TARGET, &st) == PRTOS_OK ? st.state : 99;
}

/* Waits until the target's count moves (or WATCH_US); whether it did. */
static int count_moves(void)
{
	prtos_u32_t c = SHARED->count;
	prtos_time_t end = smp_now() + WATCH_US;

	while (smp_now() < end)
		if (SHARED->count != c)
			return 1;
	return 0;
}

/* The end of the slot (of this frame) that holds t. */
static prtos_time_t slot_end(prtos_time_t t)
{
	prtos_plan_status_t ps;

	prtos_get_plan_status(&ps);
	return t - (t - ps.switch_time) % MAJOR_FRAME_US + SLOT_US;
}

/* Stops the target with stop_call (suspend or halt) and checks, in the next frame,
 * that it stopped at once. */
static void stop(const char *what, prtos_s32_t (*stop_call)(prtos_u32_t), prtos_u32_t state)
{
	prtos_time_t t;
	long long ran;
	int moved;

	check(count_moves(), "target running before the action");
	check(stop_call(TARGET) == PRTOS_OK, what);
	t = smp_now();
	prtos_idle_self();
	ran = (long long)(SHARED->last_time - t);
	moved = count_moves();
	printf("[P0] %s: the target's last reading %lld us after the call returned; next frame: "
	       "%s, state %u\n",
	       what, ran, moved ? "runs" : "stopped", target_state());
	check(ran <= ACT_BOUND_US && !moved && target_state() == state, "stopped at once");
}

static void resume(void)
{
	prtos_time_t t;
	long long delay;

	SHARED->gap_end = 0; /* the target notes the end of its first gap from now: the resume's */
	check(prtos_resume_partition(TARGET) == PRTOS_OK, "resume");
	t = smp_now();
	prtos_idle_self();
	delay = (long long)(SHARED->gap_end - t);
	printf("[P0] resume: the target ran again %lld us after the call returned, state %u\n",
	       delay, target_state());
	check(delay >= 0 && delay <= ACT_BOUND_US && target_state() == PRTOS_STATUS_READY &&
		      count_moves(),
	      "ran again at once");
}

/*
 * A reset: the old run stops at once (if it ran), the new one starts at the entry in
 * this slot, with the counter one higher: the reload (a cold reset clears the target's
 * 1 MiB first) runs in the target's own slot, and takes what it takes.
 */
static void reset(prtos_u32_t mode, prtos_u32_t status, int running)
{
	prtos_u32_t boots = SHARED->boots, counter = SHARED->reset_counter;
	prtos_time_t t, end;
	long long delay, old;

	if (running)
		check(count_moves(), "target running before the reset");
	check(prtos_reset_partition(TARGET, mode, status) == PRTOS_OK, "reset");
	t = smp_now();
	end = slot_end(t);
	prtos_idle_self();
	delay = SHARED->boots == boots ? -1 : (long long)(SHARED->entry_time - t);
	old = (long long)(SHARED->last_before_entry - t);
	printf("[P0] %s reset (%s): the old run's last reading %lld us after the call returned, "
	       "the new run at its entry after %lld us (the slot ended after %lld), reset counter "
	       "%u -> %u, status %u\n",
	       mode == PRTOS_COLD_RESET ? "cold" : "warm", running ? "running" : "halted", old,
	       delay, (long long)(end - t), counter, SHARED->reset_counter, SHARED->reset_status);
	check((!running || old <= ACT_BOUND_US) && delay >= 0 && SHARED->entry_time < end &&
		      SHARED->reset_counter == counter + 1 && SHARED->reset_status == status &&
		      count_moves(),
	      "restarted at its entry in this slot");
}

/* The target halts itself while this processor spins: the core reports it halted at
 * once (as seen from here: within one of QEMU's turns), and its count stops. */
static void self_halt(void)
{
	prtos_time_t end, seen = 0;
	long long delay;

	prtos_idle_self();
	check(count_moves(), "target running before its own halt");
	SHARED->self_halt_time = 0;
	SHARED->cmd = CMD_HALT_SELF;
	end = smp_now() + WATCH_US;
	while (smp_now() < end && !seen)
		if (target_state() == PRTOS_STATUS_HALTED)
			seen = smp_now();
	delay = seen && SHARED->self_halt_time ? (long long)(seen - SHARED->self_halt_time) : -1;
	printf("[P0] self halt: seen halted %lld us after the target's call\n", delay);
	check(delay >= 0 && delay <= WATCH_US && !count_moves(), "halted itself");
}

void partition_main(void)
{
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_tick);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	prtos_set_timer(PRTOS_HW_CLOCK, smp_now() + TICK_US, TICK_US);
	prtos_idle_self();
	check(SHARED->boots == 1 && SHARED->reset_counter == 0, "target booted once");
	stop("suspend", prtos_suspend_partition, PRTOS_STATUS_SUSPENDED);
	resume();
	stop("halt", prtos_halt_partition, PRTOS_STATUS_HALTED);
	reset(PRTOS_COLD_RESET, 11, 0);
	reset(PRTOS_WARM_RESET, 12, 1);
	reset(PRTOS_COLD_RESET, 13, 1);
	stop("suspend", prtos_suspend_partition, PRTOS_STATUS_SUSPENDED);
	resume();
	self_halt();
	printf("[P0] %s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
