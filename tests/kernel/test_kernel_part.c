/*
 * Partition management and the health monitor on the host arch: HM actions on
 * Worker's and Faulty's events, the log (kept warm across a reset of the
 * hypervisor), partition resets (now, in the partition's own next slot, and when
 * its image no longer fits), halts, shutdowns and system resets.
 */
#include "kfix.h"

#include <string.h>
#include <prtos/hm.h>

#define N(name) PRTOS_HC_NR(name)
#define WARM_RECORDS 2
#define HM_LOG_PA 0x01800000U

static int setup(void **state)
{
	struct kfix_damage d = {.warm_hm_log = WARM_RECORDS};

	(void)state;
	assert_int_equal(kfix_boot(&d), HOST_STARTED);
	host_tick();
	return 0;
}

/* The log of the last boot survived its warm reset, and the reset is counted. */
static void test_warm_log(void **state)
{
	prtos_sys_status_t *sys = kfix_bufp(0);
	prtos_hm_status_t *st = kfix_bufp(0);
	prtos_hm_log_t *rec = kfix_bufp(64);

	(void)state;
	assert_int_equal(HC1(N(get_system_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(sys->reset_counter, 1);
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->num_of_events, WARM_RECORDS);
	assert_int_equal(HC1(N(hm_read), kfix_buf(64)), 1);
	assert_int_equal(rec->timestamp, 1000);
	assert_int_equal(rec->op_code_lo >> HMLOG_OPCODE_EVENT_BIT, PRTOS_HM_EV_WATCHDOG_TIMER);
	assert_int_equal(HC2(N(hm_seek), 0, PRTOS_HM_SEEK_END), PRTOS_OK);
	assert_int_equal(HC1(N(hm_read), kfix_buf(64)), 0);
}

static int raise_on(prtos_u32_t id, prtos_u32_t event, int valid)
{
	struct hm_cpu_ctxt c = {.pc = 0x1234, .psr = 0x202, .err_code = 7, .valid = valid};

	return hm_raise(&partitions[id], event, &c);
}

/* The exception as the arch hands it over (trap_handle) in the running partition. */
static void fault(prtos_u32_t event, int valid)
{
	struct hm_cpu_ctxt c = {.pc = 0x1234, .psr = 0x202, .err_code = 7, .valid = valid};

	kfix_fault(event, &c, 1);
}

/* Reads the next HM record as Super; returns its event, or -1. */
static prtos_s32_t next_record(prtos_u32_t *part)
{
	prtos_hm_log_t *rec;
	prtos_s32_t ev = -1;
	prtos_s32_t back = kfix_current();

	kfix_run(KF_SUPER);
	rec = kfix_bufp(64);
	if (HC1(N(hm_read), kfix_buf(64)) == 1) {
		ev = (prtos_s32_t)(rec->op_code_lo >> HMLOG_OPCODE_EVENT_BIT);
		*part = rec->op_code_lo & HMLOG_OPCODE_PARTID_MASK;
		assert_int_equal(rec->signature, PRTOS_HMLOG_SIGNATURE);
		assert_int_equal(rec->cpu_ctxt.pc, 0x1234);
	}
	if (back >= 0)
		kfix_run((prtos_u32_t)back);
	return ev;
}

static void test_hm_ignore_shutdown(void **state)
{
	prtos_u32_t part;

	(void)state;
	kfix_run(KF_WORKER);
	host_console_clear();
	fault(KF_EV_BREAKPOINT, 1);
	assert_int_equal(kfix_current(), KF_WORKER);
	assert_true(kfix_console_has("[HM] P1 (Worker): event HOST_TRAP_3 at ip 0x00001234: "
				     "action IGNORE\n"));
	partitions[KF_WORKER].vcpus[0].pct->ext_pend_irqs = 0;
	assert_int_equal(raise_on(KF_WORKER, PRTOS_HM_EV_UNEXPECTED_TRAP, 1), 1);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->ext_pend_irqs,
			 1U << PRTOS_VT_EXT_SHUTDOWN);
	assert_int_equal(next_record(&part), -1); /* neither is logged */
	assert_false(host.irq_on);		  /* reported with interrupts on, then off */
}

/* A cold reset of the running partition: memory cleared, image reloaded, entry anew. */
static void test_hm_cold_reset_now(void **state)
{
	struct partition *w = &partitions[KF_WORKER];
	prtos_u8_t *img = kfix_mem(KF_WORKER, KF_WORKER_VA, KF_IMAGE_MEM);
	prtos_u8_t *data = kfix_mem(KF_WORKER, KF_WORKER_VA + KF_DATA_OFF, 16);
	prtos_u32_t resets = w->vcpus[0].arch.resets, part;

	(void)state;
	kfix_run(KF_WORKER);
	img[0] = 0xEE;
	data[0] = 0xEE;
	assert_int_equal(HC1(N(set_partition_opmode), PRTOS_OPMODE_NORMAL), PRTOS_OK);
	assert_int_equal(raise_on(KF_WORKER, PRTOS_HM_EV_PARTITION_ERROR, 1), 1);
	assert_int_equal(w->vcpus[0].arch.resets, resets + 1);
	assert_int_equal(w->vcpus[0].arch.entry, KF_WORKER_VA + KF_ENTRY_OFF);
	assert_int_equal(img[0], (prtos_u8_t)(KF_WORKER * 16));
	assert_int_equal(data[0], 0);
	assert_int_equal(w->vcpus[0].pct->reset_counter, 1);
	assert_int_equal(w->vcpus[0].pct->reset_status, PRTOS_HM_EV_PARTITION_ERROR);
	assert_int_equal(w->op_mode, PRTOS_OPMODE_COLD_RESET);
	assert_true(kfix_console_has("[PRTOS] P1 (Worker) cold reset (status 2)\n"));
	assert_int_equal(next_record(&part), PRTOS_HM_EV_PARTITION_ERROR);
	assert_int_equal(part, KF_WORKER);
}

static void test_hm_warm_reset_keeps_data(void **state)
{
	prtos_u8_t *data = kfix_mem(KF_WORKER, KF_WORKER_VA + KF_DATA_OFF, 16);

	(void)state;
	kfix_run(KF_WORKER);
	data[0] = 0xEE;
	assert_int_equal(raise_on(KF_WORKER, PRTOS_HM_EV_FP_ERROR, 1), 1);
	assert_int_equal(data[0], 0xEE);
	assert_int_equal(partitions[KF_WORKER].op_mode, PRTOS_OPMODE_WARM_RESET);
	assert_true(kfix_console_has("[PRTOS] P1 (Worker) warm reset (status 3)\n"));
}

static void test_hm_propagate(void **state)
{
	struct vcpu *v = &partitions[KF_WORKER].vcpus[0];

	(void)state;
	kfix_run(KF_WORKER);
	fault(KF_EV_DIVIDE, 1);
	assert_int_equal(v->arch.traps, 1);
	assert_int_equal(v->arch.last_trap, 0);
	assert_int_equal(v->arch.last_err, 7);
	assert_int_equal(kfix_current(), KF_WORKER);
	/* No handler to deliver it to: the partition is halted, another context runs. */
	host.trap_result = -1;
	fault(KF_EV_DIVIDE, 1);
	host.trap_result = 0;
	assert_int_equal(v->state, VCPU_HALTED);
	assert_true(kfix_console_has("[HM] P1: no handler to propagate to: partition halted\n"));
	assert_int_equal(kfix_current(), -1);
}

/* Super resets Worker: counted now, reloaded in Worker's own next slot. */
static void test_reset_in_own_slot(void **state)
{
	struct partition *w = &partitions[KF_WORKER];
	prtos_u32_t counter = w->vcpus[0].pct->reset_counter;

	(void)state;
	kfix_run(KF_SUPER);
	host_console_clear();
	assert_int_equal(HC3(N(reset_partition), KF_WORKER, 2, 0), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(reset_partition), 9, PRTOS_COLD_RESET, 0), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(reset_partition), KF_WORKER, PRTOS_COLD_RESET, 42), PRTOS_OK);
	assert_int_equal(w->vcpus[0].pct->reset_counter, counter + 1);
	assert_int_equal(w->vcpus[0].state, VCPU_READY);
	/* One processor: its stack is rebuilt at once, to reload when it is picked. */
	assert_false(w->vcpus[0].start_pending);
	assert_non_null(w->vcpus[0].arch.start_fn);
	assert_false(kfix_console_has("cold reset")); /* not in Super's slot */
	kfix_run(KF_WORKER);
	assert_null(w->vcpus[0].arch.start_fn);
	assert_true(kfix_console_has("[PRTOS] P1 (Worker) cold reset (status 42)\n"));
}

/* Super resets itself: at once. */
static void test_reset_self(void **state)
{
	struct vcpu *v = &partitions[KF_SUPER].vcpus[0];
	prtos_u32_t resets = v->arch.resets;

	(void)state;
	kfix_run(KF_SUPER);
	assert_int_equal(HC3(N(reset_partition), KF_SUPER, PRTOS_WARM_RESET, 1), PRTOS_OK);
	assert_int_equal(v->arch.resets, resets + 1);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].pct->reset_status, 1);
}

/* An image that no longer fits its areas (the container copy damaged): halted. */
static void test_reset_image_gone(void **state)
{
	struct prtos_container_entry *e =
		(struct prtos_container_entry *)partitions[KF_FAULTY].image;
	prtos_u32_t load = e->load_addr;

	(void)state;
	kfix_run(KF_SUPER);
	e->load_addr = 0x30000000U;
	assert_int_equal(HC3(N(reset_partition), KF_FAULTY, PRTOS_COLD_RESET, 0), PRTOS_OK);
	kfix_run(KF_WORKER);
	host_tick(); /* Faulty's slot: the reload fails, the idle context runs instead */
	e->load_addr = load;
	assert_int_equal(partitions[KF_FAULTY].vcpus[0].state, VCPU_HALTED);
	assert_int_equal(kfix_current(), -1);
	assert_true(kfix_console_has("[PRTOS] P2 (Faulty) halted: its image no longer fits\n"));
	/* It can be reset again, and then runs. */
	kfix_run(KF_SUPER);
	assert_int_equal(HC3(N(reset_partition), KF_FAULTY, PRTOS_WARM_RESET, 0), PRTOS_OK);
	kfix_run(KF_FAULTY);
}

static void test_hm_suspend_and_maintenance(void **state)
{

	(void)state;
	kfix_run(KF_WORKER);
	fault(PRTOS_HM_EV_MEM_PROTECTION, 1);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].state, VCPU_SUSPENDED);
	assert_int_equal(kfix_current(), -1);
	assert_int_equal(raise_on(KF_WORKER, PRTOS_HM_EV_WATCHDOG_TIMER, 0), 1);
	assert_int_equal(sched_next_plan(), 1);
	sched_request_plan(0);
	kfix_run(KF_SUPER);
	assert_int_equal(HC1(N(resume_partition), KF_WORKER), PRTOS_OK);
}

/* A virtual interrupt the partition has no room to take: MEM_PROTECTION (Worker: suspend). */
static void test_virq_no_room(void **state)
{
	partition_control_table_t *pct = partitions[KF_WORKER].vcpus[0].pct;

	(void)state;
	kfix_run(KF_WORKER);
	assert_int_equal(HC1(N(set_trap_entry), KF_WORKER_VA + 0x200), PRTOS_OK);
	assert_int_equal(HC2(N(clear_irqmask), 0, 1U << PRTOS_VT_EXT_IPVI0), PRTOS_OK);
	pct->iflags |= PRTOS_VIRQ_IF;
	host.virq_fails = 1;
	assert_int_equal(HC2(N(set_irqpend), 0, 1U << PRTOS_VT_EXT_IPVI0), PRTOS_OK);
	host.virq_fails = 0;
	assert_int_equal(partitions[KF_WORKER].vcpus[0].state, VCPU_SUSPENDED);
	assert_int_equal(kfix_current(), -1);
	assert_true(kfix_console_has("event MEM_PROTECTION at ip 0x20000100: action SUSPEND\n"));
	kfix_run(KF_SUPER);
	assert_int_equal(HC1(N(resume_partition), KF_WORKER), PRTOS_OK);
}

static void test_hm_faulty_halt(void **state)
{
	struct hm_cpu_ctxt c = {.pc = 0x1234, .err_code = 7};

	(void)state;
	kfix_run(KF_FAULTY);
	host_console_clear();
	assert_int_equal(raise_on(KF_FAULTY, PRTOS_HM_EV_MEM_PROTECTION, 1), 0);
	assert_int_equal(partitions[KF_FAULTY].vcpus[0].state, VCPU_HALTED);
	/* A memory fault says where; PROPAGATE without a valid context halts. */
	c.fault_addr = 0xDEADB000;
	c.has_fault_addr = 1;
	assert_int_equal(hm_raise(&partitions[KF_FAULTY], KF_EV_PAGE_FAULT, &c), 0);
	assert_true(kfix_console_has("[HM] P2: page fault at 0xdeadb000 (error 0x7)\n"));
	assert_true(kfix_console_has("event HOST_TRAP_14 at ip 0x00001234: action PROPAGATE\n"));
	schedule();
}

struct raise_call {
	prtos_u32_t id, event;
	int hyp;
};

static void raise_fn(void *arg)
{
	struct raise_call *r = arg;
	struct hm_cpu_ctxt c = {.pc = 0x99};

	if (r->hyp)
		kfix_fault(r->event, &c, 0); /* a fault of the core itself */
	raise_on(r->id, r->event, 1);
}

static void test_hm_stops_the_system(void **state)
{
	struct raise_call halt = {KF_FAULTY, PRTOS_HM_EV_PARTITION_ERROR, 0},
			  cold = {KF_FAULTY, PRTOS_HM_EV_FP_ERROR, 0},
			  fatal = {0, PRTOS_HM_EV_FATAL_ERROR, 1},
			  sys = {0, PRTOS_HM_EV_SYSTEM_ERROR, 1};
	const prtos_u32_t *hdr = host_phys(HM_LOG_PA, 8);

	(void)state;
	assert_int_equal(host_run(raise_fn, &halt), HOST_HALTED);
	assert_int_equal(host.exit_code, 1);
	assert_true(kfix_console_has("PRTOS: system halted by the health monitor\n"));
	assert_int_equal(host_run(raise_fn, &cold), HOST_RESET);
	assert_int_equal(host.exit_code, 1); /* cold */
	assert_int_equal(hdr[1], 0);	     /* the log is not to be kept */
	assert_int_equal(host_run(raise_fn, &fatal), HOST_HALTED);
	assert_true(kfix_console_has("[HM] hypervisor: event FATAL_ERROR at ip 0x00000099: "
				     "action HYPERVISOR_HALT\n"));
	assert_int_equal(host_run(raise_fn, &sys), HOST_RESET);
	assert_int_equal(host.exit_code, 0); /* warm */
	assert_int_equal(hdr[1], 1);	     /* the next boot keeps the log */
	assert_string_equal(hm_event_name(999), "UNKNOWN");
	assert_string_equal(hm_action_name(PRTOS_HM_MAX_ACTIONS), "UNKNOWN");
}

static void test_halt_and_shutdown(void **state)
{
	(void)state;
	kfix_run(KF_SUPER);
	partitions[KF_WORKER].vcpus[0].pct->ext_pend_irqs = 0;
	assert_int_equal(HC1(N(shutdown_partition), KF_WORKER), PRTOS_OK);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->ext_pend_irqs,
			 1U << PRTOS_VT_EXT_SHUTDOWN);
	assert_int_equal(HC1(N(shutdown_partition), 9), PRTOS_INVALID_PARAM);
	assert_int_equal(HC1(N(halt_partition), 9), PRTOS_INVALID_PARAM);
	assert_int_equal(HC1(N(halt_partition), KF_FAULTY), PRTOS_NO_ACTION); /* halted above */
	assert_int_equal(HC1(N(shutdown_partition), KF_FAULTY), PRTOS_NO_ACTION);
	assert_int_equal(HC1(N(suspend_partition), KF_FAULTY), PRTOS_INVALID_MODE);
	host_console_clear();
	kfix_run(KF_WORKER);
	assert_int_equal(HC1(N(halt_partition), KF_WORKER), PRTOS_OK);
	assert_true(kfix_console_has("[PRTOS] P1 (Worker) halted\n"));
	assert_int_equal(kfix_current(), -1);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].state, VCPU_HALTED);
}

static void test_reset_system(void **state)
{
	(void)state;
	kfix_run(KF_SUPER);
	assert_int_equal(HC1(N(reset_system), 5), PRTOS_INVALID_PARAM);
	assert_int_equal(kfix_hcall_exit(N(reset_system), PRTOS_WARM_RESET), HOST_RESET);
	assert_int_equal(host.exit_code, 0);
	assert_true(kfix_console_has("[PRTOS] system warm reset by P0 (Super)\n"));
	assert_int_equal(kfix_hcall_exit(N(reset_system), PRTOS_COLD_RESET), HOST_RESET);
	assert_int_equal(host.exit_code, 1);
}

/* An unrecoverable trace event is a partition error for the HM (Worker: cold reset). */
static void test_unrecoverable_trace(void **state)
{
	prtos_trace_event_t *ev;
	prtos_u32_t counter = partitions[KF_WORKER].vcpus[0].pct->reset_counter;

	(void)state;
	kfix_run(KF_SUPER);
	assert_int_equal(HC3(N(reset_partition), KF_WORKER, PRTOS_COLD_RESET, 0), PRTOS_OK);
	kfix_run(KF_WORKER);
	ev = kfix_bufp(0);
	memset(ev, 0, sizeof(*ev));
	ev->op_code_hi = PRTOS_TRACE_UNRECOVERABLE << TRACE_OPCODE_CRIT_BIT;
	assert_int_equal(HC2(N(trace_event), 1, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->reset_counter, counter + 2);
	assert_int_equal(partitions[KF_WORKER].vcpus[0].pct->reset_status,
			 PRTOS_HM_EV_PARTITION_ERROR);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_warm_log),
		cmocka_unit_test(test_hm_ignore_shutdown),
		cmocka_unit_test(test_hm_cold_reset_now),
		cmocka_unit_test(test_hm_warm_reset_keeps_data),
		cmocka_unit_test(test_hm_propagate),
		cmocka_unit_test(test_reset_in_own_slot),
		cmocka_unit_test(test_reset_self),
		cmocka_unit_test(test_reset_image_gone),
		cmocka_unit_test(test_hm_suspend_and_maintenance),
		cmocka_unit_test(test_virq_no_room),
		cmocka_unit_test(test_hm_faulty_halt),
		cmocka_unit_test(test_hm_stops_the_system),
		cmocka_unit_test(test_halt_and_shutdown),
		cmocka_unit_test(test_reset_system),
		cmocka_unit_test(test_unrecoverable_trace),
	};

	return cmocka_run_group_tests_name("kernel_part", tests, setup, NULL);
}
