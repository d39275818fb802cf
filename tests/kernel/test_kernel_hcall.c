/*
 * Hypercalls on the host arch, made as the running partition makes them
 * (hypercall_dispatch with argument words): time, console, virtual interrupts,
 * IPVIs, status and names, plans, memory copies, traces and the HM log.
 */
#include "kfix.h"

#include <string.h>
#include <prtos/virq.h>

#define N(name) PRTOS_HC_NR(name)
#define BAD_VA 0x10U /* in no partition's areas */

static int setup(void **state)
{
	(void)state;
	kfix_boot_and_run();
	return 0;
}

static void test_unknown_numbers(void **state)
{
	(void)state;
	assert_int_equal(HC0(7), PRTOS_UNKNOWN_HYPERCALL); /* x86's own: not the host's */
	assert_int_equal(HC0(PRTOS_NR_HYPERCALLS), PRTOS_UNKNOWN_HYPERCALL);
	assert_int_equal(HC0(0xFFFFFFFFU), PRTOS_UNKNOWN_HYPERCALL);
	assert_int_equal(HC0(N(get_vcpuid)), 0);
}

/* A spurious or masked interrupt: the core goes straight back to the partition. */
static void test_other_interrupt(void **state)
{
	struct trap t = {.kind = TRAP_IRQ, .from_partition = 1, .cause = 39};
	prtos_u32_t switches = host.num_switches, arms = host.timer_arms;

	(void)state;
	trap_handle(&t);
	assert_int_equal(kfix_current(), KF_SUPER);
	assert_int_equal(host.num_switches, switches);
	assert_int_equal(host.timer_arms, arms);
}

static void test_get_time(void **state)
{
	prtos_time_t *t = kfix_bufp(0);

	(void)state;
	host_set_time(host.now_us + 7);
	assert_int_equal(HC2(N(get_time), PRTOS_HW_CLOCK, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(*t, host.now_us);
	assert_int_equal(HC2(N(get_time), PRTOS_EXEC_CLOCK, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(*t, host.now_us - sched_current()->run_since + sched_current()->exec_us);
	assert_int_equal(HC2(N(get_time), 2, kfix_buf(0)), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_time), PRTOS_HW_CLOCK, BAD_VA), PRTOS_INVALID_PARAM);
	/* The last 4 bytes of the area hold no prtos_time_t. */
	assert_int_equal(HC2(N(get_time), PRTOS_HW_CLOCK, KF_SUPER_VA + KF_AREA_SIZE - 4),
			 PRTOS_INVALID_PARAM);
}

static void test_write_console(void **state)
{
	char text[200];

	(void)state;
	host_console_clear();
	assert_int_equal(HC2(N(write_console), kfix_str("hello\n"), 6), 6);
	assert_string_equal(host.console, "hello\n");
	/* A line that could pass for the core's is defused; control bytes are escaped. */
	assert_int_equal(HC2(N(write_console), kfix_str("[PRTOS] x\x01\n"), 11), 11);
	assert_true(kfix_console_has("\\[PRTOS] x\\x01\n"));
	assert_int_equal(HC2(N(write_console), kfix_str("x"), -1), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(write_console), kfix_str("x"), 0), 0);
	assert_int_equal(HC2(N(write_console), BAD_VA, 4), PRTOS_INVALID_PARAM);
	/* A long write is printed whole, in chunks with interrupt windows between them. */
	memset(text, 'a', sizeof(text) - 2);
	text[sizeof(text) - 2] = '\n';
	text[sizeof(text) - 1] = '\0';
	host_console_clear();
	host.irq_windows = 0;
	assert_int_equal(HC2(N(write_console), kfix_str(text), 199), 199);
	assert_string_equal(host.console, text);
	assert_true(host.irq_windows >= 3);
}

static void test_trap_entry(void **state)
{
	(void)state;
	assert_int_equal(HC1(N(set_trap_entry), KF_SUPER_VA + 0x200), PRTOS_OK);
	assert_int_equal(partitions[KF_SUPER].trap_entry, KF_SUPER_VA + 0x200);
	assert_int_equal(HC1(N(set_trap_entry), BAD_VA), PRTOS_INVALID_PARAM);
	assert_int_equal(partitions[KF_SUPER].trap_entry, KF_SUPER_VA + 0x200);
}

static void test_irq_masks(void **state)
{
	partition_control_table_t *pct = partitions[KF_SUPER].vcpus[0].pct;
	struct vcpu *v = &partitions[KF_SUPER].vcpus[0];

	(void)state;
	assert_int_equal(pct->ext_mask_irqs, 0xFFFFFFFFU);
	assert_int_equal(HC2(N(clear_irqmask), 0xFFFF, 0x30), PRTOS_OK);
	assert_int_equal(pct->ext_mask_irqs, 0xFFFFFFCFU);
	assert_int_equal(pct->hw_mask_irqs, 0xFFFFFFFFU); /* owns no line */
	assert_int_equal(HC2(N(set_irqmask), 0, 0x10), PRTOS_OK);
	assert_int_equal(pct->ext_mask_irqs, 0xFFFFFFDFU);
	pct->ext_pend_irqs = 0;
	assert_int_equal(HC2(N(set_irqpend), 0xFF, 0x21), PRTOS_OK);
	assert_int_equal(pct->ext_pend_irqs, 0x21);
	assert_int_equal(pct->hw_pend_irqs, 0);
	assert_int_equal(HC2(N(clear_irqpend), 0, 0x01), PRTOS_OK);
	assert_int_equal(pct->ext_pend_irqs, 0x20);
	/* Delivered on the way back to the partition: only with the virtual IF set and a
	 * trap entry, lowest pending first, with IF off in the handler. */
	assert_int_equal(HC3(N(route_irq), PRTOS_EXTIRQ_TYPE, 5, 77), PRTOS_OK);
	assert_int_equal(v->arch.virqs, 0);
	pct->iflags |= PRTOS_VIRQ_IF;
	assert_int_equal(HC0(N(get_vcpuid)), 0);
	assert_int_equal(v->arch.virqs, 1);
	assert_int_equal(v->arch.last_virq, 77);
	assert_int_equal(pct->iflags & PRTOS_VIRQ_IF, 0);
	assert_int_equal(pct->ext_pend_irqs, 0);
	assert_int_equal(partitions[KF_SUPER].num_virqs, 1);
	/* A masked one waits. */
	pct->iflags |= PRTOS_VIRQ_IF;
	assert_int_equal(HC2(N(set_irqpend), 0, 0x10), PRTOS_OK);
	assert_int_equal(v->arch.virqs, 1);
	assert_int_equal(HC2(N(clear_irqpend), 0, 0x10), PRTOS_OK);
}

static void test_route_irq_refusals(void **state)
{
	(void)state;
	assert_int_equal(HC3(N(route_irq), PRTOS_EXTIRQ_TYPE, PRTOS_VT_EXT_MAX, 40),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, 3, 40), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, 16, 40), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_TRAP_TYPE, 3, 40), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_EXTIRQ_TYPE, 3, 0x100), PRTOS_INVALID_PARAM);
}

static void test_ipvi(void **state)
{
	partition_control_table_t *worker = partitions[KF_WORKER].vcpus[0].pct;

	(void)state;
	worker->ext_pend_irqs = 0;
	assert_int_equal(HC1(N(raise_ipvi), PRTOS_VT_EXT_IPVI0), PRTOS_OK);
	assert_int_equal(worker->ext_pend_irqs, 1U << PRTOS_VT_EXT_IPVI0);
	/* IPVI 1 is Worker's, not Super's; numbers outside the IPVIs are refused. */
	assert_int_equal(HC1(N(raise_ipvi), PRTOS_VT_EXT_IPVI1), PRTOS_INVALID_CONFIG);
	assert_int_equal(HC1(N(raise_ipvi), PRTOS_VT_EXT_IPVI0 - 1), PRTOS_INVALID_PARAM);
	assert_int_equal(HC1(N(raise_ipvi), PRTOS_VT_EXT_IPVI7 + 1), PRTOS_INVALID_PARAM);
	worker->ext_pend_irqs = 0;
	assert_int_equal(HC2(N(raise_partition_ipvi), KF_WORKER, PRTOS_VT_EXT_IPVI0), PRTOS_OK);
	assert_int_equal(worker->ext_pend_irqs, 1U << PRTOS_VT_EXT_IPVI0);
	assert_int_equal(HC2(N(raise_partition_ipvi), KF_FAULTY, PRTOS_VT_EXT_IPVI0),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(HC2(N(raise_partition_ipvi), 99, PRTOS_VT_EXT_IPVI0), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(raise_partition_ipvi), KF_WORKER, 3), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(raise_partition_ipvi), KF_NUM_PARTITIONS, PRTOS_VT_EXT_IPVI0),
			 PRTOS_INVALID_PARAM); /* no such partition */
}

static void test_partition_status(void **state)
{
	prtos_part_status_t *st = kfix_bufp(0);

	(void)state;
	partitions[KF_WORKER].msgs.queuing_sent = 3;
	assert_int_equal(HC2(N(get_partition_status), KF_WORKER, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->state, PRTOS_STATUS_READY);
	assert_int_equal(st->op_mode, PRTOS_OPMODE_COLD_RESET);
	assert_int_equal(st->num_of_queuing_port_msgs_sent, 3);
	assert_int_equal(HC1(N(set_partition_opmode), PRTOS_OPMODE_NORMAL), PRTOS_OK);
	assert_int_equal(HC1(N(set_partition_opmode), PRTOS_OPMODE_NORMAL + 1),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_partition_status), KF_SUPER, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->op_mode, PRTOS_OPMODE_NORMAL);
	assert_int_equal(HC2(N(get_partition_status), KF_NUM_PARTITIONS, kfix_buf(0)),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_partition_status), KF_SUPER, BAD_VA), PRTOS_INVALID_PARAM);
}

static void test_system_status(void **state)
{
	prtos_sys_status_t *st = kfix_bufp(0);

	(void)state;
	partitions[KF_SUPER].msgs.sampling_read = 2;
	partitions[KF_WORKER].msgs.sampling_read = 5;
	assert_int_equal(HC1(N(get_system_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->num_of_sampling_port_msgs_read, 7);
	assert_int_equal(st->reset_counter, 0);
	assert_int_equal(st->current_maf, sched_current_maf());
}

static void test_vcpu_status(void **state)
{
	prtos_virtual_cpu_status_t *st = kfix_bufp(0);

	(void)state;
	assert_int_equal(HC2(N(get_vcpu_status), 0, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->state, PRTOS_STATUS_READY);
	assert_int_equal(HC2(N(get_vcpu_status), 1, kfix_buf(0)), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(get_partition_vcpu_status), KF_FAULTY, 0, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(HC3(N(get_partition_vcpu_status), 9, 0, kfix_buf(0)), PRTOS_INVALID_PARAM);
}

static void test_gid_by_name(void **state)
{
	char *longname;

	(void)state;
	assert_int_equal(HC2(N(get_gid_by_name), kfix_str("Faulty"), PRTOS_PARTITION_NAME),
			 KF_FAULTY);
	assert_int_equal(HC2(N(get_gid_by_name), kfix_str("swapped"), PRTOS_PLAN_NAME), 2);
	assert_int_equal(HC2(N(get_gid_by_name), kfix_str("Nobody"), PRTOS_PARTITION_NAME),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(HC2(N(get_gid_by_name), kfix_str("main"), 7), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_gid_by_name), BAD_VA, PRTOS_PLAN_NAME), PRTOS_INVALID_PARAM);
	/* No NUL within a name's length: matches nothing. */
	longname = kfix_bufp(0x1000);
	memset(longname, 'x', 40);
	assert_int_equal(HC2(N(get_gid_by_name), kfix_buf(0x1000), PRTOS_PARTITION_NAME),
			 PRTOS_INVALID_CONFIG);
	/* A name running to the end of its area, unterminated: not the caller's memory. */
	memset(kfix_mem(KF_SUPER, KF_SUPER_VA + KF_AREA_SIZE - 4, 4), 'y', 4);
	assert_int_equal(
		HC2(N(get_gid_by_name), KF_SUPER_VA + KF_AREA_SIZE - 4, PRTOS_PARTITION_NAME),
		PRTOS_INVALID_PARAM);
}

/* The interrupt windows of a name lookup (how many it opened); its result in *id. */
static prtos_u32_t windows_of(const char *name, prtos_s32_t *id)
{
	prtos_address_t at = kfix_str(name);
	prtos_u32_t before = host.irq_windows;

	*id = HC2(N(get_gid_by_name), at, PRTOS_PARTITION_NAME);
	return host.irq_windows - before;
}

/* Long tables leave a chance of preemption after every 4 names compared. */
static void test_gid_by_name_windows(void **state)
{
	prtos_u32_t base;
	prtos_s32_t id;

	(void)state;
	base = windows_of("Super", &id);
	assert_int_equal(id, KF_SUPER);
	assert_int_equal(windows_of("Spare3", &id), base); /* names 0-3 */
	assert_int_equal(id, 3);
	assert_int_equal(windows_of("Spare4", &id), base + 1); /* the fifth name */
	assert_int_equal(id, 4);
	assert_int_equal(windows_of("Nobody", &id), base + 1);
	assert_int_equal(id, PRTOS_INVALID_CONFIG);
	/* A timer interrupt taken in the window does not change the answer. */
	host.irq_window_hook = host_tick;
	id = HC2(N(get_gid_by_name), kfix_str("Spare4"), PRTOS_PARTITION_NAME);
	host.irq_window_hook = NULL;
	assert_int_equal(id, 4);
	kfix_run(KF_SUPER);
}

static void test_plan_calls(void **state)
{
	prtos_u32_t *cur = kfix_bufp(0);
	prtos_plan_status_t *ps = kfix_bufp(16);

	(void)state;
	assert_int_equal(HC2(N(switch_sched_plan), 0, kfix_buf(0)), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(switch_sched_plan), 3, kfix_buf(0)), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(switch_sched_plan), 2, BAD_VA), PRTOS_INVALID_PARAM);
	*cur = 99;
	assert_int_equal(HC2(N(switch_sched_plan), 2, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(*cur, 0);
	assert_int_equal(HC1(N(get_plan_status), kfix_buf(16)), PRTOS_OK);
	assert_int_equal(ps->current, 0);
	assert_int_equal(ps->next, 2);
	assert_int_equal(ps->prev, -1);
	assert_int_equal(HC1(N(get_plan_status), BAD_VA), PRTOS_INVALID_PARAM);
	/* Back to plan 0 before the frame ends: nothing to switch. */
	assert_int_equal(HC2(N(switch_sched_plan), 1, kfix_buf(0)), PRTOS_OK);
	sched_request_plan(0);
}

static void test_memory_copy(void **state)
{
	prtos_u8_t *src = kfix_bufp(0), *dst;
	prtos_u32_t i;

	(void)state;
	for (i = 0; i < 600; i++)
		src[i] = (prtos_u8_t)i;
	/* Into Worker's area, at its own address: a system partition may. */
	host.irq_windows = 0;
	assert_int_equal(kfix_hcall(N(memory_copy), KF_WORKER, KF_WORKER_VA + 0x4000, KF_SUPER,
				    kfix_buf(0), 600),
			 PRTOS_OK);
	dst = kfix_mem(KF_WORKER, KF_WORKER_VA + 0x4000, 600);
	assert_memory_equal(dst, src, 600);
	assert_int_equal(host.irq_windows, 2);
	/* Overlapping, forwards and backwards, within one area. */
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_SUPER, kfix_buf(1), KF_SUPER, kfix_buf(0), 300),
		PRTOS_OK);
	assert_int_equal(src[1], 0);
	assert_int_equal(src[300], (prtos_u8_t)299);
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_SUPER, kfix_buf(0), KF_SUPER, kfix_buf(1), 300),
		PRTOS_OK);
	assert_int_equal(src[0], 0);
	assert_int_equal(src[1], 1);
	assert_int_equal(src[299], (prtos_u8_t)299);
	/* Size 0, unknown ids, read-only or foreign destinations. */
	assert_int_equal(kfix_hcall(N(memory_copy), KF_SUPER, BAD_VA, KF_SUPER, BAD_VA, 0),
			 PRTOS_OK);
	assert_int_equal(kfix_hcall(N(memory_copy), 7, kfix_buf(0), KF_SUPER, kfix_buf(0), 4),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_WORKER, KF_WORKER_ROM, KF_SUPER, kfix_buf(0), 4),
		PRTOS_INVALID_PARAM);
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_SUPER, kfix_buf(0), KF_WORKER, KF_WORKER_HIDDEN, 4),
		PRTOS_INVALID_PARAM);
	assert_int_equal(kfix_hcall(N(memory_copy), KF_SUPER, KF_SUPER_VA + KF_AREA_SIZE - 2,
				    KF_SUPER, kfix_buf(0), 4),
			 PRTOS_INVALID_PARAM);
}

static void test_hm_calls(void **state)
{
	prtos_hm_status_t *st = kfix_bufp(0);
	prtos_hm_log_t *rec = kfix_bufp(64);

	(void)state;
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->num_of_events, 0);
	assert_true(st->max_events > 0);
	assert_int_equal(HC1(N(hm_read), kfix_buf(64)), 0); /* nothing logged */
	assert_int_equal(HC1(N(hm_read), BAD_VA), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(hm_seek), 0, PRTOS_HM_SEEK_SET), PRTOS_OK);
	assert_int_equal(HC2(N(hm_seek), 5, PRTOS_HM_SEEK_SET), PRTOS_INVALID_PARAM);
	(void)rec;
}

static void test_trace_calls(void **state)
{
	prtos_trace_event_t *ev = kfix_bufp(0), *out = kfix_bufp(256);
	prtos_trace_status_t *ts = kfix_bufp(512);
	prtos_s32_t h;

	(void)state;
	memset(ev, 0, sizeof(*ev));
	ev->op_code_lo = 5U << TRACE_OPCODE_CODE_BIT;
	ev->payload[0] = 0x1122334455667788ULL; /* a whole 64-bit word */
	assert_int_equal(HC2(N(trace_event), 0x1, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(HC2(N(trace_event), 0x10, kfix_buf(0)), PRTOS_NO_ACTION);
	assert_int_equal(HC2(N(trace_event), 0x1, BAD_VA), PRTOS_INVALID_PARAM);
	h = HC1(N(trace_open), KF_SUPER);
	assert_int_equal(h, KF_SUPER);
	assert_int_equal(HC2(N(trace_read), h, kfix_buf(256)), 1);
	assert_int_equal(out->signature, PRTOS_TRACE_SIGNATURE);
	assert_int_equal(out->payload[0], 0x1122334455667788ULL);
	assert_int_equal(out->op_code_lo, 5U << TRACE_OPCODE_CODE_BIT | KF_SUPER);
	assert_int_equal(HC2(N(trace_read), h, kfix_buf(256)), 0);
	assert_int_equal(HC2(N(trace_read), h, BAD_VA), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(trace_status), h, kfix_buf(512)), PRTOS_OK);
	assert_int_equal(ts->num_of_events, 1);
	assert_int_equal(ts->max_events, 4096 / sizeof(prtos_trace_event_t));
	assert_int_equal(HC3(N(trace_seek), h, 0, PRTOS_TRACE_SEEK_SET), PRTOS_OK);
	assert_int_equal(HC2(N(trace_read), h, kfix_buf(256)), 1);
	assert_int_equal(HC3(N(trace_seek), h, 9, PRTOS_TRACE_SEEK_SET), PRTOS_INVALID_PARAM);
	/* The hypervisor's stream holds the hypercalls and switches so far. */
	h = HC1(N(trace_open), PRTOS_HYPERVISOR_ID);
	assert_int_equal(h, CONFIG_MAX_PARTITIONS);
	assert_int_equal(HC2(N(trace_read), h, kfix_buf(256)), 1);
	assert_int_equal(out->op_code_lo & TRACE_OPCODE_PARTID_MASK, PRTOS_HYPERVISOR_ID);
	/* Faulty has no stream; unknown ids and handles are refused. */
	assert_int_equal(HC1(N(trace_open), KF_FAULTY), PRTOS_INVALID_CONFIG);
	assert_int_equal(HC1(N(trace_open), 40), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(trace_read), -1, kfix_buf(256)), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(trace_seek), 40, 0, 0), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(trace_status), 40, kfix_buf(512)), PRTOS_INVALID_PARAM);
}

/* What a partition without `system` may not do. */
static void test_normal_partition_limits(void **state)
{
	(void)state;
	kfix_run(KF_WORKER);
	assert_int_equal(HC2(N(get_partition_status), KF_SUPER, kfix_buf(0)), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(get_system_status), kfix_buf(0)), PRTOS_PERM_ERROR);
	assert_int_equal(HC3(N(get_partition_vcpu_status), KF_SUPER, 0, kfix_buf(0)),
			 PRTOS_PERM_ERROR);
	assert_int_equal(HC2(N(switch_sched_plan), 2, kfix_buf(0)), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(hm_read), kfix_buf(0)), PRTOS_PERM_ERROR);
	assert_int_equal(HC2(N(hm_seek), 0, 0), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(trace_open), KF_SUPER), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(halt_system), 0), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(reset_system), PRTOS_COLD_RESET), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(halt_partition), KF_SUPER), PRTOS_PERM_ERROR);
	assert_int_equal(HC1(N(suspend_partition), KF_FAULTY), PRTOS_PERM_ERROR);
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_SUPER, KF_SUPER_VA, KF_WORKER, KF_WORKER_VA, 4),
		PRTOS_PERM_ERROR);
	/* Its own memory, at its own addresses, translated to the physical ones. */
	memcpy(kfix_bufp(0), "abcd", 4);
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_WORKER, kfix_buf(16), KF_WORKER, kfix_buf(0), 4),
		PRTOS_OK);
	assert_memory_equal(host_phys(KF_WORKER_PA + KF_DATA_OFF + 16, 4), "abcd", 4);
	/* Its shared mailbox is Super's too; its read-only area cannot take output. */
	assert_int_equal(HC2(N(get_time), PRTOS_HW_CLOCK, KF_WORKER_MAILBOX), PRTOS_OK);
	assert_int_equal(*(prtos_time_t *)host_phys(KF_MAILBOX_PA, 8), host.now_us);
	assert_int_equal(HC2(N(get_time), PRTOS_HW_CLOCK, KF_WORKER_ROM), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_time), PRTOS_HW_CLOCK, KF_WORKER_HIDDEN), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(write_console), KF_WORKER_ROM, 4), 4); /* readable */
	assert_int_equal(HC2(N(write_console), KF_WORKER_HIDDEN, 4), PRTOS_INVALID_PARAM);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unknown_numbers),
		cmocka_unit_test(test_other_interrupt),
		cmocka_unit_test(test_get_time),
		cmocka_unit_test(test_write_console),
		cmocka_unit_test(test_trap_entry),
		cmocka_unit_test(test_irq_masks),
		cmocka_unit_test(test_route_irq_refusals),
		cmocka_unit_test(test_ipvi),
		cmocka_unit_test(test_partition_status),
		cmocka_unit_test(test_system_status),
		cmocka_unit_test(test_vcpu_status),
		cmocka_unit_test(test_gid_by_name),
		cmocka_unit_test(test_gid_by_name_windows),
		cmocka_unit_test(test_plan_calls),
		cmocka_unit_test(test_memory_copy),
		cmocka_unit_test(test_hm_calls),
		cmocka_unit_test(test_trace_calls),
		cmocka_unit_test(test_normal_partition_limits),
	};

	return cmocka_run_group_tests_name("kernel_hcall", tests, setup, NULL);
}
