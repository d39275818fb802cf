/*
 * The read positions of the HM log and of the trace streams on the host arch
 * (doc/reference/hypercalls.md: prtos_hm_seek, prtos_trace_seek): SEEK_CUR moves
 * from the current position, SET from the oldest kept record, END from the end; a
 * position outside the kept records is refused and moves nothing. And an
 * UNRECOVERABLE trace event that stops its partition, the last one that could run.
 * The core's data is not reloaded between the fixture's boots (the log and the streams
 * keep their counts, their blocks are zeroed): each test starts from the end of the log
 * or stream and counts from there.
 */
#include "kfix.h"

#include <string.h>
#include <prtos/hm_log.h>
#include <prtos/tracing.h>

#define N(name) PRTOS_HC_NR(name)

static int setup(void **state)
{
	(void)state;
	kfix_boot_and_run();
	return 0;
}

/* n HM records of Worker's (divide errors, propagated and logged), at times 100 + i us. */
static void worker_faults(prtos_u32_t n)
{
	struct hm_cpu_ctxt c = {.pc = 0x1234, .psr = 0x202, .valid = 1};
	prtos_u32_t i;

	kfix_run(KF_WORKER);
	for (i = 0; i < n; i++) {
		host_set_time(host.now_us + 1);
		kfix_fault(KF_EV_DIVIDE, &c, 1);
	}
	kfix_run(KF_SUPER);
}

/* The HM log's read position (current_event), as Super sees it. */
static prtos_s32_t hm_position(void)
{
	prtos_hm_status_t *st = kfix_bufp(0);

	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	return st->current_event;
}

/* The timestamp of the next HM record Super reads, or 0 when drained. */
static prtos_time_t hm_next(void)
{
	prtos_hm_log_t *rec = kfix_bufp(64);

	if (HC1(N(hm_read), kfix_buf(64)) != 1)
		return 0;
	return rec->timestamp;
}

static void test_hm_seek_cur(void **state)
{
	prtos_time_t t[4];
	prtos_s32_t base;
	prtos_u32_t i;

	(void)state;
	kfix_run(KF_SUPER);
	assert_int_equal(HC2(N(hm_seek), 0, PRTOS_HM_SEEK_END), PRTOS_OK);
	base = hm_position();
	worker_faults(4);
	for (i = 0; i < 4; i++)
		t[i] = hm_next();
	for (i = 1; i < 4; i++)
		assert_true(t[i] > t[i - 1]);
	assert_int_equal(HC2(N(hm_seek), -3, PRTOS_HM_SEEK_END), PRTOS_OK);
	assert_int_equal(hm_position(), base + 1);
	assert_int_equal(HC2(N(hm_seek), 2, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_int_equal(hm_position(), base + 3);
	assert_true(hm_next() == t[3]);
	assert_int_equal(HC2(N(hm_seek), -3, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_int_equal(hm_position(), base + 1);
	assert_true(hm_next() == t[1]);
	assert_int_equal(HC2(N(hm_seek), 0, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_int_equal(hm_position(), base + 2);
	/* Outside the kept records, either way: refused, the position stays. */
	assert_int_equal(HC2(N(hm_seek), -base - 3, PRTOS_HM_SEEK_CUR), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(hm_seek), 3, PRTOS_HM_SEEK_CUR), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(hm_seek), 0x7FFFFFFF, PRTOS_HM_SEEK_CUR), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(hm_seek), (prtos_word_t)(prtos_s32_t)0x80000000, PRTOS_HM_SEEK_CUR),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(hm_position(), base + 2);
	/* To the end exactly (nothing left), and back to the first. */
	assert_int_equal(HC2(N(hm_seek), 2, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_int_equal(hm_next(), 0);
	assert_int_equal(HC2(N(hm_seek), -4, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_true(hm_next() == t[0]);
	/* SEEK_END takes offsets back from the end; an unknown whence is refused. */
	assert_int_equal(HC2(N(hm_seek), -1, PRTOS_HM_SEEK_END), PRTOS_OK);
	assert_true(hm_next() == t[3]);
	assert_int_equal(HC2(N(hm_seek), 1, PRTOS_HM_SEEK_END), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(hm_seek), 0, 3), PRTOS_INVALID_PARAM);
	assert_int_equal(hm_position(), base + 4);
}

/* Once the log has wrapped, the oldest kept record bounds SEEK_CUR and SEEK_SET. */
static void test_hm_seek_wrapped(void **state)
{
	prtos_hm_status_t *st = kfix_bufp(0);
	prtos_s32_t cap, total;
	prtos_time_t first;

	(void)state;
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	cap = st->max_events;
	assert_true(cap > 2);
	total = st->num_of_events;
	worker_faults((prtos_u32_t)cap + 2);
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->num_of_events, total + cap + 2);
	assert_int_equal(hm_position(), 0); /* at the oldest kept record */
	first = hm_next();
	assert_int_equal(HC2(N(hm_seek), -1, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_int_equal(HC2(N(hm_seek), -1, PRTOS_HM_SEEK_CUR), PRTOS_INVALID_PARAM);
	assert_true(hm_next() == first);
	assert_int_equal(HC2(N(hm_seek), cap - 1, PRTOS_HM_SEEK_CUR), PRTOS_OK);
	assert_int_equal(hm_next(), 0);
	assert_int_equal(HC2(N(hm_seek), -cap, PRTOS_HM_SEEK_END), PRTOS_OK);
	assert_true(hm_next() == first);
	assert_int_equal(HC2(N(hm_seek), -cap - 1, PRTOS_HM_SEEK_END), PRTOS_INVALID_PARAM);
	/* SEEK_SET counts from the oldest kept record, not from the first ever logged. */
	assert_int_equal(HC2(N(hm_seek), 1, PRTOS_HM_SEEK_SET), PRTOS_OK);
	assert_int_equal(hm_position(), 1);
	assert_int_equal(HC2(N(hm_seek), 0, PRTOS_HM_SEEK_SET), PRTOS_OK);
	assert_true(hm_next() == first);
	assert_int_equal(HC2(N(hm_seek), cap + 1, PRTOS_HM_SEEK_SET), PRTOS_INVALID_PARAM);
}

/* Super's stream: three events with payloads 0, 1, 2; the payload of the next one read. */
static prtos_s64_t trace_next(prtos_s32_t h)
{
	prtos_trace_event_t *out = kfix_bufp(256);

	if (HC2(N(trace_read), h, kfix_buf(256)) != 1)
		return -1;
	return (prtos_s64_t)out->payload[0];
}

static void test_trace_seek_cur(void **state)
{
	prtos_trace_event_t *ev = kfix_bufp(0);
	prtos_trace_status_t *ts = kfix_bufp(512);
	prtos_s32_t h, base;
	prtos_u32_t i;

	(void)state;
	h = HC1(N(trace_open), KF_SUPER);
	assert_int_equal(h, KF_SUPER);
	assert_int_equal(HC3(N(trace_seek), h, 0, PRTOS_TRACE_SEEK_END), PRTOS_OK);
	assert_int_equal(HC2(N(trace_status), h, kfix_buf(512)), PRTOS_OK);
	base = ts->current_event;
	for (i = 0; i < 3; i++) {
		memset(ev, 0, sizeof(*ev));
		ev->payload[0] = i;
		assert_int_equal(HC2(N(trace_event), 0x1, kfix_buf(0)), PRTOS_OK);
	}
	assert_int_equal(trace_next(h), 0);
	assert_int_equal(HC3(N(trace_seek), h, 1, PRTOS_TRACE_SEEK_CUR), PRTOS_OK);
	assert_int_equal(trace_next(h), 2);
	assert_int_equal(HC3(N(trace_seek), h, -2, PRTOS_TRACE_SEEK_CUR), PRTOS_OK);
	assert_int_equal(HC2(N(trace_status), h, kfix_buf(512)), PRTOS_OK);
	assert_int_equal(ts->current_event, base + 1);
	assert_int_equal(HC3(N(trace_seek), h, -base - 2, PRTOS_TRACE_SEEK_CUR),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(trace_seek), h, 3, PRTOS_TRACE_SEEK_CUR), PRTOS_INVALID_PARAM);
	assert_int_equal(trace_next(h), 1);
	assert_int_equal(HC3(N(trace_seek), h, 1, PRTOS_TRACE_SEEK_CUR), PRTOS_OK);
	assert_int_equal(trace_next(h), -1); /* at the end */
	assert_int_equal(HC3(N(trace_seek), h, 0, 3), PRTOS_INVALID_PARAM);
	/* A position is the stream's own: Worker's, at its end, did not move. */
	kfix_run(KF_WORKER);
	assert_int_equal(HC3(N(trace_seek), KF_WORKER, 0, PRTOS_TRACE_SEEK_END), PRTOS_OK);
	assert_int_equal(HC3(N(trace_seek), KF_WORKER, 0, PRTOS_TRACE_SEEK_CUR), PRTOS_OK);
	assert_int_equal(HC3(N(trace_seek), KF_WORKER, 1, PRTOS_TRACE_SEEK_CUR),
			 PRTOS_INVALID_PARAM);
}

/* An event as Super sends it: criticality crit; what prtos_trace_event returned. */
static prtos_s32_t super_event(prtos_u32_t bitmask, prtos_u32_t crit)
{
	prtos_trace_event_t *ev = kfix_bufp(0);

	memset(ev, 0, sizeof(*ev));
	ev->op_code_hi = crit << TRACE_OPCODE_CRIT_BIT;
	return HC2(N(trace_event), bitmask, kfix_buf(0));
}

/*
 * Super's PARTITION_ERROR is at its default action, PARTITION_HALT: its UNRECOVERABLE
 * event is kept in its stream, logged, and halts it; an event its bitmask filters out
 * raises nothing, and the other criticalities stop nothing.
 */
static void test_unrecoverable_halts(void **state)
{
	struct vcpu *super = &partitions[KF_SUPER].vcpus[0];
	prtos_hm_status_t *st = kfix_bufp(0);
	prtos_u32_t logged, traced;

	(void)state;
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	logged = (prtos_u32_t)st->num_of_events;
	traced = trace_ring(KF_SUPER)->total;
	assert_int_equal(super_event(0x10, PRTOS_TRACE_UNRECOVERABLE), PRTOS_NO_ACTION);
	assert_int_equal(super_event(0x1, PRTOS_TRACE_WARNING), PRTOS_OK);
	assert_int_equal(super->state, VCPU_READY);
	assert_int_equal(kfix_current(), KF_SUPER);
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->num_of_events, logged);
	host_console_clear();
	assert_int_equal(super_event(0x1, PRTOS_TRACE_UNRECOVERABLE), PRTOS_OK);
	assert_int_equal(super->state, VCPU_HALTED);
	assert_int_not_equal(kfix_current(), KF_SUPER);
	assert_ptr_equal(host_last_switch()->prev, super);
	assert_true(kfix_console_has("[HM] P0 (Super): event PARTITION_ERROR"));
	assert_true(kfix_console_has("action PARTITION_HALT\n"));
	/* Both events are in its stream (read here as the core keeps it). */
	assert_int_equal(trace_ring(KF_SUPER)->total, traced + 2);
	/* One record in the HM log: Super, the only reader, is halted. */
	assert_int_equal(hm_ring.total, logged + 1);
	/* Only the others are left: not yet the end. */
	assert_false(kfix_console_has("every partition is halted or suspended"));
}

/* Halting or suspending the last partition that could run says that the system idles. */
static void test_last_partition_stops(void **state)
{
	prtos_u32_t i;

	(void)state;
	assert_int_equal(HC1(N(suspend_partition), KF_WORKER), PRTOS_OK);
	for (i = KF_FAULTY; i < KF_NUM_PARTITIONS; i++)
		assert_int_equal(HC1(N(halt_partition), i), PRTOS_OK);
	assert_false(kfix_console_has("every partition is halted or suspended"));
	assert_int_equal(HC2(N(get_partition_status), KF_WORKER, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(((prtos_part_status_t *)kfix_bufp(0))->state, PRTOS_STATUS_SUSPENDED);
	assert_int_equal(HC2(N(get_partition_status), KF_FAULTY, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(((prtos_part_status_t *)kfix_bufp(0))->state, PRTOS_STATUS_HALTED);
	assert_int_equal(super_event(0x1, PRTOS_TRACE_UNRECOVERABLE), PRTOS_OK);
	assert_true(kfix_console_has("[PRTOS] every partition is halted or suspended: the system "
				     "idles"));
	assert_int_equal(kfix_current(), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_hm_seek_cur, setup),
		cmocka_unit_test_setup(test_hm_seek_wrapped, setup),
		cmocka_unit_test_setup(test_trace_seek_cur, setup),
		cmocka_unit_test_setup(test_unrecoverable_halts, setup),
		cmocka_unit_test_setup(test_last_partition_stops, setup),
	};

	return cmocka_run_group_tests_name("kernel_logs", tests, NULL, NULL);
}
