/* manage_perm, P2 (system): sees the target unchanged by the intruder's calls. */
#include <prtos.h>
#include <stdio.h>
#include "heartbeat.h"

#define TARGET_AREA 0x06100000U /* as in the XML */

static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P2] FAIL: %s\n", what);
		failures++;
	}
}

static prtos_u32_t heartbeats(void)
{
	prtos_u32_t n = 0;

	check(prtos_memory_copy(PRTOS_PARTITION_SELF, (prtos_u32_t)&n, 1,
				HEARTBEAT_BEATS(TARGET_AREA), sizeof(n)) == PRTOS_OK,
	      "memory_copy");
	return n;
}

static void wait_frames(int n)
{
	while (n-- > 0)
		prtos_idle_self();
}

void partition_main(void)
{
	prtos_part_status_t before, after, in;
	prtos_u32_t hb;

	wait_frames(5);
	check(prtos_get_partition_status(1, &before) == PRTOS_OK, "status before");
	hb = heartbeats();
	printf("[P2] before: state %u op_mode %u reset_counter %u exec_clock %lld heartbeats %u\n",
	       before.state, before.op_mode, before.reset_counter, before.exec_clock, hb);
	wait_frames(100);
	check(prtos_get_partition_status(0, &in) == PRTOS_OK, "intruder status");
	check(in.state == PRTOS_STATUS_HALTED, "the intruder halted itself");
	check(prtos_get_partition_status(1, &after) == PRTOS_OK, "status after");
	printf("[P2] after: state %u op_mode %u reset_counter %u reset_status %u exec_clock %lld "
	       "heartbeats %u virqs %llu\n",
	       after.state, after.op_mode, after.reset_counter, after.reset_status,
	       after.exec_clock, heartbeats(), after.num_of_virqs);
	check(before.state == PRTOS_STATUS_READY && after.state == PRTOS_STATUS_READY,
	      "the target stays ready");
	check(after.op_mode == PRTOS_OPMODE_NORMAL && after.op_mode == before.op_mode,
	      "its op mode is unchanged");
	check(after.reset_counter == 0 && after.reset_status == 0, "it was never reset");
	check(after.exec_clock > before.exec_clock + 30000, "it kept running");
	check(heartbeats() > hb, "it kept beating");
	printf(failures ? "[P2] Verification Failed\n" : "[P2] Verification Passed\n");
	prtos_halt_system();
}
