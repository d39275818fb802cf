/*
 * worst_args, P0 (system): each hypercall with the arguments that make it do
 * the most work: the longest copies (unaligned, overlapping), full queues and
 * the largest messages, the longest names, every log and trace call, resets of
 * a partition with a large area.
 */
#include <stdio.h>
#include <string.h>
#include "heavy.h"

prtos_u8_t big[BIG + 64];
int failures;

void expect_rc(prtos_s32_t rc, prtos_s32_t want, const char *what)
{
	if (rc != want && failures++ < 10)
		printf("[P0] FAIL: %s returned %d, expected %d\n", what, rc, want);
}

void heavy_copies(int round)
{
	(void)round;
	prtos_id_t me = PRTOS_PARTITION_SELF;

	expect_rc(prtos_memory_copy(me, (prtos_u32_t)big + 1, me, (prtos_u32_t)big, BIG), 0,
		  "overlapping unaligned memory_copy");
	expect_rc(prtos_memory_copy(DUMMY, DUMMY_BASE + 0x100003, me, (prtos_u32_t)big + 2, BIG), 0,
		  "memory_copy into another partition");
}

void heavy_ports(int round)
{
	static int s_out = -1, s_in, q_out, q_in;
	prtos_u32_t flags;
	int i;

	(void)round;
	if (s_out < 0) {
		s_out = prtos_create_sampling_port("SOut", 4096, PRTOS_SOURCE_PORT, 0);
		s_in = prtos_create_sampling_port("SIn", 4096, PRTOS_DESTINATION_PORT, 0);
		q_out = prtos_create_queuing_port("QOut", 8, 4096, PRTOS_SOURCE_PORT);
		q_in = prtos_create_queuing_port("QIn", 8, 4096, PRTOS_DESTINATION_PORT);
	}
	expect_rc(prtos_write_sampling_message(s_out, big + 1, 4096), 0, "sampling write");
	expect_rc(prtos_read_sampling_message(s_in, big + 3, 4096, &flags), 4096, "sampling read");
	for (i = 0; i < 8; i++)
		expect_rc(prtos_send_queuing_message(q_out, big + 5, 4096), 0, "queuing send");
	for (i = 0; i < 8; i++)
		expect_rc(prtos_receive_queuing_message(q_in, big + 7, 4096), 4096,
			  "queuing receive");
}

void heavy_logs(int round)
{
	static const char longest[] = "NoSuchPartitionWithALongName_31";
	prtos_trace_event_t ev;
	prtos_hm_status_t hs;
	prtos_hm_log_t log;
	prtos_trace_status_t ts;
	int h, i;

	(void)round;
	expect_rc(prtos_get_gid_by_name((char *)longest, PRTOS_PARTITION_NAME),
		  PRTOS_INVALID_CONFIG, "get_gid_by_name");
	expect_rc(prtos_hm_status(&hs), 0, "hm_status");
	for (i = 0; i < 64 && prtos_hm_read(&log) == 1; i++)
		;
	memset(&ev, 0, sizeof(ev));
	expect_rc(prtos_trace_event(1, &ev), 0, "trace_event");
	h = prtos_trace_open(PRTOS_PARTITION_SELF);
	for (i = 0; i < 64 && prtos_trace_read(h, &ev) == 1; i++)
		;
	expect_rc(prtos_trace_status(h, &ts), 0, "trace_status");
	h = prtos_trace_open(PRTOS_HYPERVISOR_ID); /* each read adds a record: no draining */
	for (i = 0; i < 64 && prtos_trace_read(h, &ev) == 1; i++)
		;
}

void heavy_status(int round)
{
	prtos_part_status_t ps;
	prtos_sys_status_t ss;
	prtos_plan_status_t pl;
	prtos_time_t t;
	int id;

	(void)round;
	for (id = 0; id < 3; id++)
		expect_rc(prtos_get_partition_status(id, &ps), 0, "get_partition_status");
	expect_rc(prtos_get_system_status(&ss), 0, "get_system_status");
	expect_rc(prtos_get_plan_status(&pl), 0, "get_plan_status");
	expect_rc(prtos_get_time(PRTOS_EXEC_CLOCK, &t), 0, "get_time");
	expect_rc(prtos_get_time(PRTOS_HW_CLOCK, &t), 0, "get_time");
	expect_rc(prtos_set_timer(PRTOS_HW_CLOCK, t + 100, 997), 0, "set_timer");
}

void heavy_manage(int round)
{
	expect_rc(prtos_raise_partition_ipvi(DUMMY, PRTOS_VT_EXT_IPVI0), 0, "raise_partition_ipvi");
	expect_rc(prtos_suspend_partition(DUMMY), 0, "suspend");
	expect_rc(prtos_resume_partition(DUMMY), 0, "resume");
	expect_rc(prtos_reset_partition(DUMMY, PRTOS_COLD_RESET, (prtos_u32_t)round), 0,
		  "cold reset of a 4 MiB partition");
}
