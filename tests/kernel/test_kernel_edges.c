/*
 * Edges that mutation testing (make mutate, tests/mutate/catalogue.txt) found
 * unchecked: each test kills a mutant that the other kernel tests let survive.
 * The tests run in order on one booted system.xml.
 */
#include "kfix.h"

#include <string.h>

#define N(name) PRTOS_HC_NR(name)
#define TEMP_PERIOD 20000 /* us, system.xml */
#define COPY_SIZE 600	  /* more than two GUEST_COPY_CHUNK steps */

static int setup(void **state)
{
	(void)state;
	kfix_boot_and_run();
	return 0;
}

static void fill(prtos_u8_t *p, prtos_u32_t n)
{
	prtos_u32_t i;

	for (i = 0; i < n; i++)
		p[i] = (prtos_u8_t)(i * 7 + 3);
}

/* An overlapping copy moves every byte, whatever the step it falls in (not only
 * the ends): forwards (dst above src) and backwards. */
static void test_memory_copy_overlap_every_byte(void **state)
{
	prtos_u8_t *buf = kfix_bufp(0), want[COPY_SIZE + 1];
	prtos_u32_t i;

	(void)state;
	kfix_run(KF_SUPER);
	fill(buf, COPY_SIZE + 1);
	memcpy(want, buf, sizeof(want));
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_SUPER, kfix_buf(1), KF_SUPER, kfix_buf(0), COPY_SIZE),
		PRTOS_OK);
	for (i = 0; i < COPY_SIZE; i++)
		assert_int_equal(buf[i + 1], want[i]);
	fill(buf, COPY_SIZE + 1);
	assert_int_equal(
		kfix_hcall(N(memory_copy), KF_SUPER, kfix_buf(0), KF_SUPER, kfix_buf(1), COPY_SIZE),
		PRTOS_OK);
	for (i = 0; i < COPY_SIZE; i++)
		assert_int_equal(buf[i], want[i + 1]);
}

/*
 * A descriptor one past the caller's own ports names nothing, even when the port
 * after them in the core's table (Worker's first, "Temp") is created and of the
 * type and direction asked for.
 */
static void test_descriptor_past_own_ports(void **state)
{
	prtos_u32_t super_ports = partitions[KF_SUPER].cfg->num_ports;

	(void)state;
	kfix_run(KF_WORKER);
	assert_int_equal(
		HC4(N(create_sampling_port), kfix_str("Temp"), 16, PRTOS_SOURCE_PORT, TEMP_PERIOD),
		0);
	kfix_run(KF_SUPER);
	assert_int_equal(partitions[KF_WORKER].cfg->first_port, super_ports);
	memset(kfix_bufp(0), 'x', 4);
	assert_int_equal(HC3(N(write_sampling_message), super_ports, kfix_buf(0), 4),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_sampling_port_status), super_ports, kfix_buf(0)),
			 PRTOS_INVALID_PARAM);
}

/*
 * A reset starts a new run: no trap entry, no armed timer and an EXEC clock from 0,
 * whatever the partition had set up before (here a warm reset, asked by Super).
 */
static void test_reset_starts_a_new_run(void **state)
{
	struct partition *w = &partitions[KF_WORKER];
	prtos_time_t *t;

	(void)state;
	kfix_run(KF_WORKER);
	assert_int_equal(HC1(N(set_trap_entry), KF_WORKER_VA + 0x200), PRTOS_OK);
	assert_int_equal(HC3(N(set_timer), PRTOS_HW_CLOCK, host.now_us + 1000000, 0), PRTOS_OK);
	assert_int_equal(HC3(N(set_timer), PRTOS_EXEC_CLOCK, 1000000, 0), PRTOS_OK);
	kfix_run(KF_SUPER); /* Worker ran until the end of its slot */
	assert_true(w->vcpus[0].exec_us > 0);
	assert_int_not_equal(w->trap_entry, 0);
	assert_int_not_equal(w->vcpus[0].hw_timer.expiry, 0);
	assert_int_not_equal(w->vcpus[0].exec_timer.expiry, 0);
	assert_int_equal(HC3(N(reset_partition), KF_WORKER, PRTOS_WARM_RESET, 0), PRTOS_OK);
	kfix_run(KF_WORKER);
	assert_int_equal(w->trap_entry, 0);
	assert_int_equal(w->vcpus[0].hw_timer.expiry, 0);
	assert_int_equal(w->vcpus[0].exec_timer.expiry, 0);
	t = kfix_bufp(0);
	assert_int_equal(HC2(N(get_time), PRTOS_EXEC_CLOCK, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(*t, host.now_us - w->vcpus[0].run_since);
}

static prtos_time_t exec_clock(void)
{
	prtos_time_t *t = kfix_bufp(0);

	assert_int_equal(HC2(N(get_time), PRTOS_EXEC_CLOCK, kfix_buf(0)), PRTOS_OK);
	return *t;
}

/* The EXEC clock adds up every slot the partition ran: two whole slots of Worker's
 * (3 ms each, system.xml) between three readings at the start of its slot. */
static void test_exec_clock_adds_up(void **state)
{
	prtos_time_t first;

	(void)state;
	kfix_run(KF_WORKER);
	first = exec_clock();
	kfix_run(KF_SUPER);
	kfix_run(KF_WORKER);
	assert_int_equal(exec_clock() - first, 3000);
	kfix_run(KF_SUPER);
	kfix_run(KF_WORKER);
	assert_int_equal(exec_clock() - first, 6000);
}

/*
 * A partition alone in a slot as long as its major frame (plan 1: Super, 4 ms) that
 * idles runs again at the very start of the next frame: the end of its slot, where
 * it idles until, is that start.
 */
static void test_idle_until_next_frame(void **state)
{
	const struct sched_plan_state *st = sched_plan_state();
	prtos_time_t next;
	int i;

	(void)state;
	sched_request_plan(1);
	for (i = 0; i < 32 && (st->current != 1 || kfix_current() != KF_SUPER); i++)
		host_tick();
	assert_int_equal(st->current, 1);
	assert_int_equal(kfix_current(), KF_SUPER);
	next = st->frame_start + 4000;
	assert_int_equal(HC0(N(idle_self)), PRTOS_OK);
	assert_int_equal(kfix_current(), -1);
	host_tick();
	assert_int_equal(host.now_us, next);
	assert_int_equal(kfix_current(), KF_SUPER);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].state, VCPU_READY);
	sched_request_plan(0);
	for (i = 0; i < 32 && st->current != 0; i++)
		host_tick();
	assert_int_equal(st->current, 0);
}

/* A cold reset of Worker clears its own memory, not the mailbox it shares with Super. */
static void test_cold_reset_keeps_shared_area(void **state)
{
	prtos_u8_t *mailbox = host_phys(KF_MAILBOX_PA, 16);
	prtos_u8_t *own = host_phys(KF_WORKER_PA + KF_DATA_OFF, 16);

	(void)state;
	kfix_run(KF_SUPER);
	memset(mailbox, 0x5A, 16);
	memset(own, 0xA5, 16);
	assert_int_equal(HC3(N(reset_partition), KF_WORKER, PRTOS_COLD_RESET, 0), PRTOS_OK);
	kfix_run(KF_WORKER);
	assert_int_equal(own[0], 0);
	assert_int_equal(own[15], 0);
	assert_int_equal(mailbox[0], 0x5A);
	assert_int_equal(mailbox[15], 0x5A);
}

/* A queuing port is created with the XML's message count exactly: not fewer, not more
 * (Worker's "Cmds": 4 messages of 32 bytes). */
static void test_queuing_port_count_exact(void **state)
{
	(void)state;
	kfix_run(KF_WORKER);
	assert_int_equal(
		HC4(N(create_queuing_port), kfix_str("Cmds"), 3, 32, PRTOS_DESTINATION_PORT),
		PRTOS_INVALID_CONFIG);
	assert_int_equal(
		HC4(N(create_queuing_port), kfix_str("Cmds"), 5, 32, PRTOS_DESTINATION_PORT),
		PRTOS_INVALID_CONFIG);
	assert_int_equal(
		HC4(N(create_queuing_port), kfix_str("Cmds"), 4, 32, PRTOS_DESTINATION_PORT), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memory_copy_overlap_every_byte),
		cmocka_unit_test(test_descriptor_past_own_ports),
		cmocka_unit_test(test_reset_starts_a_new_run),
		cmocka_unit_test(test_exec_clock_adds_up),
		cmocka_unit_test(test_idle_until_next_frame),
		cmocka_unit_test(test_cold_reset_keeps_shared_area),
		cmocka_unit_test(test_queuing_port_count_exact),
	};

	return cmocka_run_group_tests_name("kernel_edges", tests, setup, NULL);
}
