/* Unit tests of sched_pick_slot() and guest_range_ok(), on the host. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include <prtos/sched.h>
#include <prtos/guest.h>
#include <prtos/vtimer.h>
#include <prtos/crc32.h>
#include <prtos/hm_log.h>
#include <prtos/port.h>
#include <prtos/comm.h>
#include <prtos/spinlock.h>

/* A 10 ms frame: slot 0 at 0-2 ms, slot 1 at 2-5 ms, a gap, slot 2 at 7-9 ms, a gap at the end. */
static const struct prtos_conf_slot slots[] = {
	{0, 0, 2000, 0, 0},
	{1, 2000, 3000, 1, 0},
	{2, 7000, 2000, 0, 0},
};
#define FRAME 10000

static void assert_pick(prtos_u32_t t, prtos_s32_t slot, prtos_u32_t until)
{
	struct sched_pick p = sched_pick_slot(slots, 3, FRAME, t);

	assert_int_equal(p.slot, slot);
	assert_int_equal(p.until, until);
}

static void test_first_slot(void **state)
{
	(void)state;
	assert_pick(0, 0, 2000);
	assert_pick(1999, 0, 2000);
}

static void test_back_to_back(void **state)
{
	(void)state;
	assert_pick(2000, 1, 5000);
	assert_pick(4999, 1, 5000);
}

static void test_gap_between_slots(void **state)
{
	(void)state;
	assert_pick(5000, -1, 7000);
	assert_pick(6999, -1, 7000);
}

static void test_last_slot_and_end_gap(void **state)
{
	(void)state;
	assert_pick(7000, 2, 9000);
	assert_pick(8999, 2, 9000);
	assert_pick(9000, -1, FRAME);
	assert_pick(FRAME - 1, -1, FRAME);
}

static void test_gap_at_start_and_empty_plan(void **state)
{
	struct sched_pick p;

	(void)state;
	p = sched_pick_slot(&slots[1], 2, FRAME, 0);
	assert_int_equal(p.slot, -1);
	assert_int_equal(p.until, 2000);
	p = sched_pick_slot(slots, 0, FRAME, 123);
	assert_int_equal(p.slot, -1);
	assert_int_equal(p.until, FRAME);
}

/* Plans of 10, 4 and 6 ms. */
static const struct prtos_conf_plan plans[] = {
	{0, "boot", 10000, 0, 0},
	{1, "one", 4000, 0, 0},
	{2, "two", 6000, 0, 0},
};

static void test_frames_advance_without_switch(void **state)
{
	struct sched_plan_state s = {.prev = -1};
	struct sched_plans sh = {0, {0, 0}};

	(void)state;
	sched_advance_frames(&s, &sh, plans, 9999);
	assert_int_equal(s.frame_start, 0);
	assert_int_equal(s.maf, 0);
	sched_advance_frames(&s, &sh, plans, 10000);
	assert_int_equal(s.frame_start, 10000);
	assert_int_equal(s.maf, 1);
	sched_advance_frames(&s, &sh, plans, 35000); /* missed frames are counted */
	assert_int_equal(s.frame_start, 30000);
	assert_int_equal(s.maf, 3);
	assert_int_equal(s.current, 0);
	assert_int_equal(s.prev, -1);
}

static void test_plan_switch_at_frame_end(void **state)
{
	struct sched_plan_state s = {.prev = -1};
	struct sched_plans sh = {0, {0, 0}};

	(void)state;
	sh.wanted = 1;
	sched_advance_frames(&s, &sh, plans, 9999); /* not before the end of the frame */
	assert_int_equal(s.current, 0);
	sched_advance_frames(&s, &sh, plans, 10000);
	assert_int_equal(s.current, 1);
	assert_int_equal(s.prev, 0);
	assert_int_equal(s.switch_time, 10000);
	sched_advance_frames(&s, &sh, plans, 13999); /* plan 1's 4 ms frame */
	assert_int_equal(s.frame_start, 10000);
	sched_advance_frames(&s, &sh, plans, 14000);
	assert_int_equal(s.frame_start, 14000);
	sh.wanted = 2;
	sched_advance_frames(&s, &sh, plans, 25000); /* 18000: switch, then 6 ms frames */
	assert_int_equal(s.current, 2);
	assert_int_equal(s.prev, 1);
	assert_int_equal(s.switch_time, 18000);
	assert_int_equal(s.frame_start, 24000);
	assert_int_equal(s.maf, 4);
}

/*
 * The red team's race (redteam5_plan_race): plan 1 asked for before the boundary at
 * 10000, which processor 0 crosses first; plan 2 asked for after that, before
 * processor 1 crossed it. Both run plan 1 from 10000, plan 2 from 14000.
 */
static void test_plan_switch_same_boundary_when_late(void **state)
{
	struct sched_plan_state cpu0 = {.prev = -1}, cpu1 = {.prev = -1};
	struct sched_plans sh = {0, {0, 0}};

	(void)state;
	sh.wanted = 1;
	sched_advance_frames(&cpu0, &sh, plans, 10001);
	assert_int_equal(cpu0.current, 1);
	sh.wanted = 2;
	sched_advance_frames(&cpu1, &sh, plans, 10080); /* processor 1, late */
	assert_int_equal(cpu1.current, 1);
	assert_int_equal(cpu1.switch_time, 10000);
	sched_advance_frames(&cpu1, &sh, plans, 14000); /* now processor 1 first */
	sched_advance_frames(&cpu0, &sh, plans, 14000);
	assert_int_equal(cpu0.current, 2);
	assert_int_equal(cpu1.current, 2);
	assert_int_equal(cpu0.switch_time, 14000);
	assert_int_equal(cpu1.switch_time, 14000);
	sh.wanted = 0; /* decided at 20000 by processor 0, processor 1 a whole frame late */
	sched_advance_frames(&cpu0, &sh, plans, 20000);
	sh.wanted = 1;
	sched_advance_frames(&cpu0, &sh, plans, 30000); /* and 30000, plan 1 */
	sched_advance_frames(&cpu1, &sh, plans, 30000); /* it kept plan 2 for the frame */
	assert_int_equal(cpu0.current, 1);
	assert_int_equal(cpu1.current, 1);
	assert_int_equal(cpu1.prev, 2);
}

/* A boundary being decided by another processor reads as "again"; a claimed one as decided. */
static void test_plan_boundary_claimed(void **state)
{
	struct sched_plans sh = {2, {0, 0}};

	(void)state;
	assert_int_equal(sched_boundary_plan(&sh, 0, 0), 0); /* the origin: plan 0 */
	sh.last.frame = SCHED_NO_FRAME;			     /* another processor writes */
	assert_int_equal(sched_boundary_plan(&sh, 1, 0), -1);
	sh.last.frame = 0;
	assert_int_equal(sched_boundary_plan(&sh, 1, 0), 2); /* decided: the wanted plan */
	assert_int_equal(sh.last.frame, 1);
	sh.wanted = 1;
	assert_int_equal(sched_boundary_plan(&sh, 1, 0), 2); /* decided once */
	assert_int_equal(sched_boundary_plan(&sh, 0, 2), 2); /* behind: keeps its plan */
}

static void test_vtimer_one_shot(void **state)
{
	struct vtimer t = {500, 0};

	(void)state;
	assert_false(vtimer_expire(&t, 499));
	assert_true(vtimer_expire(&t, 500));
	assert_int_equal(t.expiry, 0);
	assert_false(vtimer_expire(&t, 10000)); /* disarmed */
}

static void test_vtimer_periodic(void **state)
{
	struct vtimer t = {1000, 100};

	(void)state;
	assert_true(vtimer_expire(&t, 1000));
	assert_int_equal(t.expiry, 1100);
	assert_false(vtimer_expire(&t, 1099));
	assert_true(vtimer_expire(&t, 1350)); /* missed periods collapse into one tick */
	assert_int_equal(t.expiry, 1400);
}

/* Partition-supplied times at the end of the clock: no overflow (UBSan would say). */
static void test_vtimer_periodic_past_the_clock(void **state)
{
	struct vtimer t = {MAX_PRTOSTIME - 10, MAX_PRTOSTIME / 2};
	struct vtimer u = {100, MAX_PRTOSTIME};

	(void)state;
	assert_true(vtimer_expire(&t, MAX_PRTOSTIME - 5));
	assert_int_equal(t.expiry, 0); /* the next one lies past the clock: disarmed */
	assert_true(vtimer_expire(&u, 150));
	assert_int_equal(u.expiry, 0);
	u = (struct vtimer){100, MAX_PRTOSTIME - 100};
	assert_true(vtimer_expire(&u, 150));
	assert_int_equal(u.expiry, MAX_PRTOSTIME); /* exactly the last representable tick */
}

/* Every table entry is its byte shifted through 8 rounds of the polynomial. */
static void test_crc32_table(void **state)
{
	prtos_u32_t n, c, k;

	(void)state;
	for (n = 0; n < 256; n++) {
		for (c = n, k = 0; k < 8; k++)
			c = (c & 1U) ? (c >> 1) ^ 0xEDB88320U : c >> 1;
		assert_int_equal(prtos_crc32_table[n], c);
	}
}

/* The standard check value of CRC-32, from every alignment and split. */
static void test_crc32_check_value(void **state)
{
	char buf[16];
	int off, cut;

	(void)state;
	for (off = 0; off < 4; off++) {
		memcpy(buf + off, "123456789", 9);
		assert_int_equal(prtos_crc32(0, buf + off, 9), 0xCBF43926U);
		for (cut = 0; cut <= 9; cut++)
			assert_int_equal(prtos_crc32(prtos_crc32(0, buf + off, (prtos_u32_t)cut),
						     buf + off + cut, (prtos_u32_t)(9 - cut)),
					 0xCBF43926U);
	}
}

static void append(struct hm_ring *r, int n)
{
	while (n--)
		hm_ring_commit(r);
}

static void test_hm_ring_read_and_drain(void **state)
{
	struct hm_ring r = {4, 0, 0};
	prtos_hm_status_t st;

	(void)state;
	assert_int_equal(hm_ring_read(&r), -1);
	assert_int_equal(hm_ring_slot_for_append(&r), 0);
	append(&r, 3);
	assert_int_equal(hm_ring_read(&r), 0);
	assert_int_equal(hm_ring_read(&r), 1);
	hm_ring_status(&r, &st);
	assert_int_equal(st.num_of_events, 3);
	assert_int_equal(st.max_events, 4);
	assert_int_equal(st.current_event, 2);
	assert_int_equal(hm_ring_read(&r), 2);
	assert_int_equal(hm_ring_read(&r), -1); /* drained: stays drained */
	assert_int_equal(hm_ring_read(&r), -1);
}

static void test_hm_ring_overwrite_and_seek(void **state)
{
	struct hm_ring r = {4, 0, 0};

	(void)state;
	append(&r, 6); /* records 2..5 kept, in slots 2, 3, 0, 1 */
	assert_int_equal(hm_ring_read(&r), 2);
	assert_int_equal(hm_ring_slot_for_append(&r), 2);
	assert_int_equal(hm_ring_seek(&r, 0, PRTOS_HM_SEEK_END), 0);
	assert_int_equal(hm_ring_read(&r), -1);
	assert_int_equal(hm_ring_seek(&r, -1, PRTOS_HM_SEEK_CUR), 0);
	assert_int_equal(hm_ring_read(&r), 1); /* record 5 */
	assert_int_equal(hm_ring_seek(&r, 1, PRTOS_HM_SEEK_SET), 0);
	assert_int_equal(hm_ring_read(&r), 3); /* record 3 */
	assert_int_equal(hm_ring_seek(&r, -1, PRTOS_HM_SEEK_SET), -1);
	assert_int_equal(hm_ring_seek(&r, 1, PRTOS_HM_SEEK_END), -1);
	assert_int_equal(hm_ring_seek(&r, 0, 7), -1);
	append(&r, 8); /* the cursor's record was overwritten: it moves to the oldest */
	assert_int_equal(hm_ring_read(&r), (14 - 4) % 4);
}

static void test_fifo_order_full_empty_wrap(void **state)
{
	struct port_fifo f = {3, 0, 0};
	int round, i;

	(void)state;
	assert_int_equal(port_fifo_head(&f), -1); /* empty */
	for (round = 0; round < 4; round++) {	  /* 12 messages through 3 slots */
		for (i = 0; i < 3; i++) {
			assert_int_equal(port_fifo_tail(&f), (round * 3 + i) % 3);
			port_fifo_pushed(&f);
		}
		assert_int_equal(port_fifo_tail(&f), -1); /* full: nothing changes */
		assert_int_equal(f.count, 3);
		for (i = 0; i < 3; i++) {
			assert_int_equal(port_fifo_head(&f), (round * 3 + i) % 3);
			port_fifo_popped(&f);
		}
		assert_int_equal(port_fifo_head(&f), -1);
	}
	port_fifo_pushed(&f); /* interleaved: head stays the oldest */
	port_fifo_pushed(&f);
	port_fifo_popped(&f);
	assert_int_equal(port_fifo_head(&f), 1);
	assert_int_equal(port_fifo_tail(&f), 2);
}

static void test_sampling_validity_edges(void **state)
{
	(void)state;
	assert_true(port_sampling_valid(1000, 1000, 500));
	assert_true(port_sampling_valid(1000, 1500, 500)); /* exactly validPeriod old */
	assert_false(port_sampling_valid(1000, 1501, 500));
	assert_true(port_sampling_valid(1000, 99999999, 0)); /* no period: always valid */
}

/* A multicast sampling channel: two destinations read independently. */
static void test_sampling_multicast_flags(void **state)
{
	prtos_u32_t seq = 0, read_a = 0, read_b = 0;

	(void)state;
	assert_int_equal(port_sampling_flags(0, seq, read_a, 1), PRTOS_COMM_EMPTY_PORT);
	seq++; /* a write */
	assert_int_equal(port_sampling_flags(8, seq, read_a, 1), PRTOS_COMM_NEW_MSG);
	read_a = seq; /* destination A reads */
	assert_int_equal(port_sampling_flags(8, seq, read_a, 1), PRTOS_COMM_CONSUMED_MSG);
	assert_int_equal(port_sampling_flags(8, seq, read_b, 1), PRTOS_COMM_NEW_MSG);
	seq++; /* a new write makes it new for both again */
	assert_int_equal(port_sampling_flags(8, seq, read_a, 1), PRTOS_COMM_NEW_MSG);
	assert_int_equal(port_sampling_flags(8, seq, read_b, 0), PRTOS_COMM_NEW_MSG);
}

static void test_channel_bytes(void **state)
{
	struct prtos_conf_channel s = {PRTOS_CHANNEL_SAMPLING, 13, 0, 0, 0, 1};
	struct prtos_conf_channel m = {PRTOS_CHANNEL_SAMPLING, 16, 0, 0, 0, 3};
	struct prtos_conf_channel q = {PRTOS_CHANNEL_QUEUING, 16, 4, 0, 0, 1};

	(void)state;
	/* One buffer per destination, plus two, after a 16-bit reader count for each. */
	assert_int_equal(prtos_sampling_buffers(&s), 3);
	assert_int_equal(prtos_channel_bytes(&s), 48); /* 8 + 3 * 13 = 47, rounded to 8 */
	assert_int_equal(prtos_channel_bytes(&m), 16 + 5 * 16);
	assert_int_equal(prtos_channel_bytes(&q), 4 * (16 + 4));
}

static const struct prtos_conf_area areas[] = {
	{"code", 0x06000000, 0x100000, 0x06000000, 0, 0},
	{"ro", 0x06100000, 0x1000, 0x40000000, PRTOS_MEM_AREA_READONLY, 0},
	{"hidden", 0x06200000, 0x1000, 0x06200000, PRTOS_MEM_AREA_UNMAPPED, 0},
	{"top", 0x06300000, 0x1000, 0xFFBFF000, 0, 0},
};

static int ok(prtos_u32_t addr, prtos_u32_t size, int access)
{
	return guest_range_ok(areas, 4, guest_addr(addr), size, access);
}

/* The readable bytes from addr (at most max), and that the area handed back holds addr. */
static prtos_u32_t run(prtos_u32_t addr, prtos_u32_t max)
{
	const struct prtos_conf_area *a;
	prtos_u32_t n = guest_readable_run(areas, 4, guest_addr(addr), max, &a);

	if (n)
		assert_ptr_equal(a, guest_area_at(areas, 4, guest_addr(addr)));
	return n;
}

static void test_guest_inside(void **state)
{
	(void)state;
	assert_true(ok(0x06000000, 1, GUEST_WRITE));
	assert_true(ok(0x06000000, 0x100000, GUEST_WRITE));
	assert_true(ok(0x060FFFFF, 1, GUEST_READ));
	assert_true(ok(0xFFBFF000, 0x1000, GUEST_WRITE));
}

static void test_guest_outside_and_edges(void **state)
{
	(void)state;
	assert_false(ok(0x05FFFFFF, 1, GUEST_READ));
	assert_false(ok(0x05FFFFFF, 2, GUEST_READ));
	assert_false(ok(0x060FFFFF, 2, GUEST_READ));
	assert_false(ok(0x06100000, 1, GUEST_READ)); /* physical address of a remapped area */
	assert_false(ok(0x06000000, 0, GUEST_READ));
	assert_false(ok(0x01000000, 4, GUEST_READ)); /* the hypervisor */
}

static void test_guest_wrap_and_huge(void **state)
{
	(void)state;
	assert_false(ok(0xFFBFF000, 0xFFFFFFFF, GUEST_READ));
	assert_false(ok(0xFFBFFFFF, 0x80000000, GUEST_READ));
	assert_false(ok(0x06000000, 0xFFFFFFFF, GUEST_READ));
	assert_false(ok(0xFFFFFFFF, 2, GUEST_READ));
}

static void test_guest_flags(void **state)
{
	(void)state;
	assert_true(ok(0x40000000, 0x1000, GUEST_READ));
	assert_false(ok(0x40000000, 4, GUEST_WRITE));
	assert_false(ok(0x06200000, 4, GUEST_READ));
}

/* Strings are read from one area in one go: how much of it is readable. */
static void test_guest_readable_run(void **state)
{
	(void)state;
	assert_int_equal(run(0x06000000, 32), 32);
	assert_int_equal(run(0x060FFFF0, 32), 16);
	assert_int_equal(run(0x06100000, 32), 0); /* a gap */
	assert_int_equal(run(0x40000FFF, 32), 1); /* read-only */
	assert_int_equal(run(0x06200000, 32), 0); /* unmapped */
	assert_int_equal(run(0xFFBFFFFE, 32), 2); /* at the top */
}

/* The one look-up is also the translation: the physical address behind a guest address. */
static void test_guest_translation(void **state)
{
	const struct prtos_conf_area *a;

	(void)state;
	a = guest_area_for(areas, 4, guest_addr(0x40000010), 16, GUEST_READ);
	assert_ptr_equal(a, &areas[1]);
	assert_int_equal(guest_area_phys(a, guest_addr(0x40000010)).pa, 0x06100010);
	assert_int_equal(guest_area_room(a, guest_addr(0x40000010)), 0x1000 - 0x10);
	a = guest_area_for(areas, 4, guest_addr(0xFFBFFFFF), 1, GUEST_WRITE);
	assert_int_equal(guest_area_phys(a, guest_addr(0xFFBFFFFF)).pa, 0x06300FFF);
	assert_null(guest_area_for(areas, 4, guest_addr(0xFFBFFFFF), 2, GUEST_WRITE));
}

/* Loading may reach every area of the partition, whatever its flags; nothing else. */
static void test_guest_load_access(void **state)
{
	(void)state;
	assert_true(ok(0x06200000, 0x1000, GUEST_LOAD)); /* unmapped */
	assert_true(ok(0x40000000, 0x1000, GUEST_LOAD)); /* read-only */
	assert_false(ok(0x06200000, 0x1001, GUEST_LOAD));
	assert_false(ok(0x06100000, 1, GUEST_LOAD)); /* a gap */
}

/* The lock order: only a later level than every one held (spinlock.h). */
static void test_lock_order(void **state)
{
	const prtos_u32_t core = 1U << LOCK_CORE, sched = 1U << LOCK_SCHED,
			  trace = 1U << LOCK_TRACE, console = 1U << LOCK_CONSOLE;

	(void)state;
	assert_true(lock_order_allows(0, LOCK_CORE));
	assert_true(lock_order_allows(0, LOCK_CONSOLE));
	assert_true(lock_order_allows(core, LOCK_SCHED));
	assert_true(lock_order_allows(core | sched, LOCK_TRACE));
	assert_true(lock_order_allows(core | sched | trace, LOCK_CONSOLE));
	assert_true(lock_order_allows(core | trace, LOCK_CONSOLE)); /* levels may be skipped */
	assert_false(lock_order_allows(core, LOCK_CORE));	    /* none twice */
	assert_false(lock_order_allows(sched, LOCK_SCHED));	    /* not two schedulers' */
	assert_false(lock_order_allows(sched, LOCK_CORE));	    /* the core lock first */
	assert_false(lock_order_allows(console, LOCK_TRACE));
	assert_false(lock_order_allows(trace, LOCK_SCHED));
	assert_false(lock_order_allows(core | console, LOCK_SCHED));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_slot),
		cmocka_unit_test(test_back_to_back),
		cmocka_unit_test(test_gap_between_slots),
		cmocka_unit_test(test_last_slot_and_end_gap),
		cmocka_unit_test(test_gap_at_start_and_empty_plan),
		cmocka_unit_test(test_frames_advance_without_switch),
		cmocka_unit_test(test_plan_switch_at_frame_end),
		cmocka_unit_test(test_plan_switch_same_boundary_when_late),
		cmocka_unit_test(test_plan_boundary_claimed),
		cmocka_unit_test(test_vtimer_one_shot),
		cmocka_unit_test(test_vtimer_periodic),
		cmocka_unit_test(test_vtimer_periodic_past_the_clock),
		cmocka_unit_test(test_crc32_table),
		cmocka_unit_test(test_crc32_check_value),
		cmocka_unit_test(test_hm_ring_read_and_drain),
		cmocka_unit_test(test_hm_ring_overwrite_and_seek),
		cmocka_unit_test(test_fifo_order_full_empty_wrap),
		cmocka_unit_test(test_sampling_validity_edges),
		cmocka_unit_test(test_sampling_multicast_flags),
		cmocka_unit_test(test_channel_bytes),
		cmocka_unit_test(test_guest_inside),
		cmocka_unit_test(test_guest_outside_and_edges),
		cmocka_unit_test(test_guest_wrap_and_huge),
		cmocka_unit_test(test_guest_flags),
		cmocka_unit_test(test_guest_readable_run),
		cmocka_unit_test(test_guest_translation),
		cmocka_unit_test(test_guest_load_access),
		cmocka_unit_test(test_lock_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
