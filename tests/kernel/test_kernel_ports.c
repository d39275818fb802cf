/*
 * Ports on the host arch: creation against the XML, information, sampling and
 * queuing messages between Super and Worker, bad descriptors, sizes and pointers.
 * The tests run in order: Super creates its ports, Worker its, then they talk.
 */
#include "kfix.h"

#include <string.h>

#define N(name) PRTOS_HC_NR(name)
#define BAD_VA 0x10U
#define TEMP_PERIOD 20000 /* us, system.xml */
#define CMDS_MSGS 4
#define CMDS_SIZE 32
#define SUPER_TEMP 0 /* Super's descriptors: its ports in XML order */
#define SUPER_CMDS 1
#define WORKER_TEMP 0
#define WORKER_CMDS 1

static int setup(void **state)
{
	(void)state;
	kfix_boot_and_run();
	return 0;
}

static prtos_s32_t create_sampling(const char *name, prtos_u32_t size, prtos_u32_t dir,
				   prtos_time_t period)
{
	return HC4(N(create_sampling_port), kfix_str(name), size, dir, (prtos_word_t)period);
}

static prtos_s32_t create_queuing(const char *name, prtos_u32_t msgs, prtos_u32_t size,
				  prtos_u32_t dir)
{
	return HC4(N(create_queuing_port), kfix_str(name), msgs, size, dir);
}

static void test_create_refusals(void **state)
{
	(void)state;
	assert_int_equal(create_sampling("Temp", 16, PRTOS_SOURCE_PORT, TEMP_PERIOD),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(create_sampling("Temp", 8, PRTOS_DESTINATION_PORT, TEMP_PERIOD),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(create_sampling("Temp", 16, PRTOS_DESTINATION_PORT, 0),
			 PRTOS_INVALID_CONFIG);
	/* A period past 32 bits passes whole in one 64-bit word: no match either. */
	assert_int_equal(
		create_sampling("Temp", 16, PRTOS_DESTINATION_PORT, TEMP_PERIOD + 0x100000000LL),
		PRTOS_INVALID_CONFIG);
	assert_int_equal(create_sampling("Nope", 16, PRTOS_DESTINATION_PORT, TEMP_PERIOD),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(create_sampling("Cmds", 32, PRTOS_SOURCE_PORT, 0), PRTOS_INVALID_CONFIG);
	assert_int_equal(
		HC4(N(create_sampling_port), BAD_VA, 16, PRTOS_DESTINATION_PORT, TEMP_PERIOD),
		PRTOS_INVALID_PARAM);
	assert_int_equal(create_queuing("Cmds", CMDS_MSGS + 1, CMDS_SIZE, PRTOS_SOURCE_PORT),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(create_queuing("Cmds", CMDS_MSGS, CMDS_SIZE, PRTOS_DESTINATION_PORT),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(create_queuing("Temp", 1, 16, PRTOS_DESTINATION_PORT),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(
		HC4(N(create_queuing_port), BAD_VA, CMDS_MSGS, CMDS_SIZE, PRTOS_SOURCE_PORT),
		PRTOS_INVALID_PARAM);
}

/* Not created yet: every message call refuses the descriptor. */
static void test_uncreated_descriptors(void **state)
{
	(void)state;
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(0), 16, kfix_buf(64)),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(send_queuing_message), SUPER_CMDS, kfix_buf(0), 4),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_sampling_port_status), SUPER_TEMP, kfix_buf(0)),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_queuing_port_status), SUPER_CMDS, kfix_buf(0)),
			 PRTOS_INVALID_PARAM);
}

static void test_super_creates(void **state)
{
	(void)state;
	assert_int_equal(create_sampling("Temp", 16, PRTOS_DESTINATION_PORT, TEMP_PERIOD),
			 SUPER_TEMP);
	assert_int_equal(create_sampling("Temp", 16, PRTOS_DESTINATION_PORT, TEMP_PERIOD),
			 SUPER_TEMP); /* again: the same descriptor */
	assert_int_equal(create_queuing("Cmds", CMDS_MSGS, CMDS_SIZE, PRTOS_SOURCE_PORT),
			 SUPER_CMDS);
}

static void test_port_info(void **state)
{
	prtos_sampling_port_info_t *si = kfix_bufp(0);
	prtos_queuing_port_info_t *qi = kfix_bufp(0);
	prtos_address_t name = kfix_str("Temp");

	(void)state;
	assert_int_equal(HC2(N(get_sampling_port_info), name, kfix_buf(0)), PRTOS_OK);
	assert_int_equal((prtos_address_t)si->port_name, name); /* a 64-bit pointer, whole */
	assert_int_equal(si->valid_period, TEMP_PERIOD);
	assert_int_equal(si->max_msg_size, 16);
	assert_int_equal(si->direction, PRTOS_DESTINATION_PORT);
	assert_int_equal(HC2(N(get_queuing_port_info), name, kfix_buf(0)), PRTOS_INVALID_CONFIG);
	assert_int_equal(HC2(N(get_sampling_port_info), name, BAD_VA), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_sampling_port_info), kfix_str("None"), kfix_buf(0)),
			 PRTOS_INVALID_CONFIG);
	name = kfix_str("Cmds");
	assert_int_equal(HC2(N(get_queuing_port_info), name, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(qi->max_num_of_msgs, CMDS_MSGS);
	assert_int_equal(qi->max_msg_size, CMDS_SIZE);
	assert_int_equal(qi->direction, PRTOS_SOURCE_PORT);
}

static void test_sampling_empty(void **state)
{
	prtos_sampling_port_status_t *st = kfix_bufp(0);
	prtos_u32_t *flags = kfix_bufp(64);

	(void)state;
	*flags = 0xFF;
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(128), 16, kfix_buf(64)),
			 0);
	assert_int_equal(*flags, 0);
	assert_int_equal(HC2(N(get_sampling_port_status), SUPER_TEMP, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->flags, PRTOS_COMM_EMPTY_PORT);
	assert_int_equal(st->last_msg_size, 0);
}

static void test_worker_writes(void **state)
{
	prtos_sampling_port_status_t *st;
	partition_control_table_t *super = partitions[KF_SUPER].vcpus[0].pct;

	(void)state;
	kfix_run(KF_WORKER);
	assert_int_equal(create_sampling("Temp", 16, PRTOS_SOURCE_PORT, PRTOS_INFINITE_TIME),
			 PRTOS_INVALID_CONFIG);
	assert_int_equal(create_sampling("Temp", 16, PRTOS_SOURCE_PORT, TEMP_PERIOD), WORKER_TEMP);
	assert_int_equal(create_queuing("Cmds", CMDS_MSGS, CMDS_SIZE, PRTOS_DESTINATION_PORT),
			 WORKER_CMDS);
	/* A port on no channel cannot be created, nor described. */
	assert_int_equal(create_queuing("Loose", 1, 16, PRTOS_SOURCE_PORT), PRTOS_INVALID_CONFIG);
	assert_int_equal(HC2(N(get_queuing_port_info), kfix_str("Loose"), kfix_buf(0)),
			 PRTOS_INVALID_CONFIG);
	memcpy(kfix_bufp(0), "twenty-one deg", 15);
	super->ext_pend_irqs = 0;
	assert_int_equal(HC3(N(write_sampling_message), WORKER_TEMP, kfix_buf(0), 15), PRTOS_OK);
	assert_int_equal(super->ext_pend_irqs, 1U << PRTOS_VT_EXT_SAMPLING_PORT);
	assert_int_equal(partitions[KF_WORKER].msgs.sampling_written, 1);
	assert_int_equal(HC3(N(write_sampling_message), WORKER_TEMP, kfix_buf(0), 0),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(write_sampling_message), WORKER_TEMP, kfix_buf(0), 17),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(write_sampling_message), WORKER_TEMP, BAD_VA, 4),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(write_sampling_message), 5, kfix_buf(0), 4), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(write_sampling_message), -1, kfix_buf(0), 4), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(write_sampling_message), WORKER_CMDS, kfix_buf(0), 4),
			 PRTOS_INVALID_PARAM); /* a queuing port */
	st = kfix_bufp(64);
	assert_int_equal(HC2(N(get_sampling_port_status), WORKER_TEMP, kfix_buf(64)), PRTOS_OK);
	assert_int_equal(st->flags, PRTOS_COMM_NEW_MSG);
	assert_int_equal(st->last_msg_size, 15);
	assert_int_equal(st->timestamp, host.now_us);
}

static void test_super_reads(void **state)
{
	prtos_sampling_port_status_t *st;
	prtos_u32_t *flags;

	(void)state;
	kfix_run(KF_SUPER);
	st = kfix_bufp(0);
	flags = kfix_bufp(64);
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(128), 16, kfix_buf(64)),
			 15);
	assert_memory_equal(kfix_bufp(128), "twenty-one deg", 15);
	assert_int_equal(*flags, PRTOS_COMM_MSG_VALID);
	assert_int_equal(HC2(N(get_sampling_port_status), SUPER_TEMP, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->flags, PRTOS_COMM_CONSUMED_MSG);
	/* Too small a buffer, bad pointers: refused, nothing read. */
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(128), 8, kfix_buf(64)),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, BAD_VA, 16, kfix_buf(64)),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(128), 16, BAD_VA),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(partitions[KF_SUPER].msgs.sampling_read, 1);
	/* Older than its valid period: still read, no longer valid. */
	host_set_time(host.now_us + TEMP_PERIOD + 1);
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(128), 16, kfix_buf(64)),
			 15);
	assert_int_equal(*flags, 0);
}

static void test_queuing_send(void **state)
{
	prtos_queuing_port_status_t *st = kfix_bufp(256);
	prtos_u8_t *msg = kfix_bufp(0);
	prtos_u32_t i;

	(void)state;
	for (i = 0; i < CMDS_MSGS; i++) {
		memset(msg, 'a' + i, CMDS_SIZE);
		assert_int_equal(HC3(N(send_queuing_message), SUPER_CMDS, kfix_buf(0), 10 + i),
				 PRTOS_OK);
	}
	assert_int_equal(HC3(N(send_queuing_message), SUPER_CMDS, kfix_buf(0), 4),
			 PRTOS_OP_NOT_ALLOWED);
	assert_int_equal(HC3(N(send_queuing_message), SUPER_CMDS, BAD_VA, 4), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(send_queuing_message), SUPER_CMDS, kfix_buf(0), CMDS_SIZE + 1),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(send_queuing_message), SUPER_CMDS, kfix_buf(0), 0),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_queuing_port_status), SUPER_CMDS, kfix_buf(256)), PRTOS_OK);
	assert_int_equal(st->num_of_msgs, CMDS_MSGS);
	assert_int_equal(HC2(N(get_queuing_port_status), SUPER_CMDS, BAD_VA), PRTOS_INVALID_PARAM);
	assert_int_equal(HC2(N(get_queuing_port_status), 7, kfix_buf(256)), PRTOS_INVALID_PARAM);
	assert_int_equal(partitions[KF_SUPER].msgs.queuing_sent, CMDS_MSGS);
}

static void test_queuing_receive(void **state)
{
	partition_control_table_t *super = partitions[KF_SUPER].vcpus[0].pct;
	prtos_u8_t *got;
	prtos_u32_t i;

	(void)state;
	kfix_run(KF_WORKER);
	got = kfix_bufp(0);
	assert_int_equal(HC3(N(receive_queuing_message), WORKER_CMDS, kfix_buf(0), 4),
			 PRTOS_INVALID_PARAM); /* the oldest is 10 bytes */
	assert_int_equal(HC3(N(receive_queuing_message), WORKER_CMDS, KF_WORKER_ROM, CMDS_SIZE),
			 PRTOS_INVALID_PARAM);
	super->ext_pend_irqs = 0;
	for (i = 0; i < CMDS_MSGS; i++) {
		memset(got, 0, CMDS_SIZE);
		assert_int_equal(
			HC3(N(receive_queuing_message), WORKER_CMDS, kfix_buf(0), CMDS_SIZE),
			10 + i);
		assert_int_equal(got[0], 'a' + i);
		assert_int_equal(got[9 + i], 'a' + i);
		assert_int_equal(got[10 + i], 0);
	}
	assert_int_equal(super->ext_pend_irqs, 1U << PRTOS_VT_EXT_QUEUING_PORT);
	assert_int_equal(HC3(N(receive_queuing_message), WORKER_CMDS, kfix_buf(0), CMDS_SIZE),
			 PRTOS_OP_NOT_ALLOWED);
	assert_int_equal(HC3(N(receive_queuing_message), 9, kfix_buf(0), CMDS_SIZE),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(partitions[KF_WORKER].msgs.queuing_received, CMDS_MSGS);
}

/* Writes rotate through the channel's buffers; a read gets the latest. */
static void test_sampling_latest(void **state)
{
	prtos_u32_t i;

	(void)state;
	kfix_run(KF_WORKER);
	for (i = 0; i < 5; i++) {
		memset(kfix_bufp(0), '0' + i, 16);
		assert_int_equal(HC3(N(write_sampling_message), WORKER_TEMP, kfix_buf(0), 16),
				 PRTOS_OK);
	}
	kfix_run(KF_SUPER);
	assert_int_equal(HC4(N(read_sampling_message), SUPER_TEMP, kfix_buf(128), 16, kfix_buf(64)),
			 16);
	assert_memory_equal(kfix_bufp(128), "4444444444444444", 16);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_refusals),
		cmocka_unit_test(test_uncreated_descriptors),
		cmocka_unit_test(test_super_creates),
		cmocka_unit_test(test_port_info),
		cmocka_unit_test(test_sampling_empty),
		cmocka_unit_test(test_worker_writes),
		cmocka_unit_test(test_super_reads),
		cmocka_unit_test(test_queuing_send),
		cmocka_unit_test(test_queuing_receive),
		cmocka_unit_test(test_sampling_latest),
	};

	return cmocka_run_group_tests_name("kernel_ports", tests, setup, NULL);
}
