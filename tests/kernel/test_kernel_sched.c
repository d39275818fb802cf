/*
 * The scheduler on the host arch, driven by the fake clock and timer: the slots of
 * a plan, idle, virtual timers on both clocks, suspend and resume, plan switches at
 * the frame's end, missed slots and the statistics printed when the system halts.
 */
#include "kfix.h"

#include <string.h>

#define N(name) PRTOS_HC_NR(name)

static int setup(void **state)
{
	(void)state;
	assert_int_equal(kfix_boot(NULL), HOST_STARTED);
	return 0;
}

/* A timer that fires before plan 0's first frame re-arms it and runs nothing. */
static void test_early_tick(void **state)
{
	(void)state;
	sched_timer_irq();
	assert_int_equal(kfix_current(), -1);
	assert_int_equal(host.timer_deadline, 100);
	assert_int_equal(host.num_switches, 0);
}

/* Plan 0: Super 0-2 ms, Worker 2-5 ms, Faulty 5-7 ms, idle to 10 ms; from 100 us. */
static void test_slots_in_order(void **state)
{
	static const struct {
		prtos_s32_t who;
		prtos_time_t at, until;
	} seq[] = {{KF_SUPER, 100, 2100},
		   {KF_WORKER, 2100, 5100},
		   {KF_FAULTY, 5100, 7100},
		   {-1, 7100, 10100},
		   {KF_SUPER, 10100, 12100}};
	prtos_u32_t i;

	(void)state;
	for (i = 0; i < sizeof(seq) / sizeof(seq[0]); i++) {
		host_tick();
		assert_int_equal(kfix_current(), seq[i].who);
		assert_int_equal(host.now_us, seq[i].at);
		assert_int_equal(host.timer_deadline, seq[i].until);
	}
	assert_int_equal(sched_current_maf(), 1);
	assert_true(partitions[KF_FAULTY].vcpus[0].pct->ext_pend_irqs &
		    (1U << PRTOS_VT_EXT_CYCLIC_SLOT_START));
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->cyclic_sched_info.no_slot, 1);
	/* Super's execution clock: its first slot whole, and 0 us of this one. */
	assert_int_equal(sched_exec_time(&partitions[KF_SUPER].vcpus[0]), 2000);
}

static void test_idle_self(void **state)
{
	(void)state;
	assert_int_equal(HC0(N(idle_self)), PRTOS_OK);
	assert_int_equal(kfix_current(), -1);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].state, VCPU_IDLE);
	kfix_run(KF_WORKER);
	kfix_run(KF_SUPER); /* its next slot: ready again */
	assert_int_equal(partitions[KF_SUPER].vcpus[0].state, VCPU_READY);
}

static void test_hw_timer(void **state)
{
	struct vcpu *v = &partitions[KF_SUPER].vcpus[0];
	prtos_time_t at = host.now_us + 500, big = 0x123456789ALL;

	(void)state;
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, at, 0), PRTOS_OK);
	assert_int_equal(host.timer_deadline, at); /* before the slot's end */
	partitions[KF_SUPER].vcpus[0].pct->ext_pend_irqs = 0;
	host_tick();
	assert_int_equal(host.now_us, at);
	assert_int_equal(kfix_current(), KF_SUPER);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].pct->ext_pend_irqs,
			 1U << PRTOS_VT_EXT_HW_TIMER);
	assert_int_equal(v->hw_timer.expiry, 0); /* one-shot */
	/* A 64-bit time passes whole in one word. */
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, big, 1000), PRTOS_OK);
	assert_int_equal(v->hw_timer.expiry, big);
	assert_int_equal(v->hw_timer.interval, 1000);
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, 0, 1000), PRTOS_OK);
	assert_int_equal(v->hw_timer.expiry, 0);
	assert_int_equal(v->hw_timer.interval, 0);
	assert_int_equal(HC3(N(set_timer), 2, at, 0), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, -1, 0), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, at, -5), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, at, PRTOS_MIN_TIMER_INTERVAL - 1),
			 PRTOS_INVALID_PARAM);
}

/* A periodic EXEC-clock timer counts only the time its partition runs. */
static void test_exec_timer(void **state)
{
	struct vcpu *v = &partitions[KF_SUPER].vcpus[0];
	prtos_time_t exec = sched_exec_time(v);

	(void)state;
	assert_int_equal(HC3(N(set_timer), PRTOS_EXEC_CLOCK, exec + 300, 100), PRTOS_OK);
	assert_int_equal(host.timer_deadline, host.now_us + 300);
	partitions[KF_SUPER].vcpus[0].pct->ext_pend_irqs = 0;
	host_tick();
	assert_int_equal(partitions[KF_SUPER].vcpus[0].pct->ext_pend_irqs,
			 1U << PRTOS_VT_EXT_EXEC_TIMER);
	assert_int_equal(v->exec_timer.expiry, exec + 400);
	/* Missed periods collapse into one expiry after now. */
	kfix_run(KF_WORKER);
	kfix_run(KF_SUPER);
	assert_true(v->exec_timer.expiry > sched_exec_time(v));
	assert_int_equal((v->exec_timer.expiry - (exec + 300)) % 100, 0);
	assert_int_equal(HC3(N(set_timer), PRTOS_EXEC_CLOCK, 0, 0), PRTOS_OK);
}

static void test_suspend_resume(void **state)
{
	(void)state;
	assert_int_equal(HC1(N(suspend_partition), KF_WORKER), PRTOS_OK);
	assert_int_equal(HC1(N(suspend_partition), KF_WORKER), PRTOS_NO_ACTION);
	assert_int_equal(HC1(N(suspend_partition), 5), PRTOS_INVALID_PARAM);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].state, VCPU_SUSPENDED);
	host_tick(); /* Worker's slot: nobody runs */
	assert_int_equal(kfix_current(), -1);
	kfix_run(KF_SUPER);
	assert_int_equal(HC1(N(resume_partition), KF_WORKER), PRTOS_OK);
	assert_int_equal(HC1(N(resume_partition), KF_WORKER), PRTOS_NO_ACTION);
	assert_int_equal(HC1(N(resume_partition), 5), PRTOS_INVALID_PARAM);
	kfix_run(KF_WORKER);
	/* Suspending itself, Worker gives the processor away at once. */
	assert_int_equal(HC1(N(suspend_partition), KF_WORKER), PRTOS_OK);
	assert_int_equal(kfix_current(), -1);
	kfix_run(KF_SUPER);
	assert_int_equal(HC1(N(resume_partition), KF_WORKER), PRTOS_OK);
}

static void test_plan_switch(void **state)
{
	const struct sched_plan_state *ps = sched_plan_state();
	prtos_time_t frame;

	(void)state;
	assert_int_equal(HC2(N(switch_sched_plan), 2, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(HC2(N(switch_sched_plan), 2, kfix_buf(0)), PRTOS_OK); /* still plan 0 */
	frame = ps->frame_start + 10000;
	kfix_run(KF_FAULTY);
	host_tick(); /* idle to the frame's end */
	host_tick(); /* plan 2: Worker first */
	assert_int_equal(host.now_us, frame);
	assert_int_equal(ps->current, 2);
	assert_int_equal(ps->prev, 0);
	assert_int_equal(ps->switch_time, frame);
	assert_int_equal(kfix_current(), KF_WORKER);
	assert_int_equal(host.timer_deadline, frame + 3000);
	kfix_run(KF_SUPER);
	assert_int_equal(HC2(N(switch_sched_plan), 2, kfix_buf(0)), PRTOS_NO_ACTION);
	assert_int_equal(*(prtos_u32_t *)kfix_bufp(0), 2);
}

/* The core was busy through whole slots: they count as missed. */
static void test_missed_slots_and_halt(void **state)
{
	(void)state;
	host_set_time(host.now_us + 20000);
	host.extra_ns = 123;
	host_tick();
	host_console_clear();
	kfix_run(KF_SUPER);
	assert_int_equal(kfix_hcall_exit(N(halt_system), 0), HOST_HALTED);
	assert_int_equal(host.exit_code, 0);
	assert_true(kfix_console_has(" missed, latest "));
	assert_false(kfix_console_has(" 0 missed"));
	assert_true(kfix_console_has("[PRTOS] system halted by P0 (Super)\n"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_early_tick),  cmocka_unit_test(test_slots_in_order),
		cmocka_unit_test(test_idle_self),   cmocka_unit_test(test_hw_timer),
		cmocka_unit_test(test_exec_timer),  cmocka_unit_test(test_suspend_resume),
		cmocka_unit_test(test_plan_switch), cmocka_unit_test(test_missed_slots_and_halt),
	};

	return cmocka_run_group_tests_name("kernel_sched", tests, setup, NULL);
}
