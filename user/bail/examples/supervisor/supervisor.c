/* supervisor, P0 (system): drives two workers through suspend, resume, warm
 * reset, a cooperative shutdown and halt, printing and checking their status
 * after each step, then halts the system. */
#include <prtos.h>
#include <stdio.h>

#define WORKER_A 1
#define WORKER_B 2
#define HEARTBEAT_COUNT_OFFSET 0xFF000

static int failures;
static const char *const state_name[] = {"IDLE", "READY", "SUSPENDED", "HALTED"};
static const char *const mode_name[] = {"IDLE", "COLD_RESET", "WARM_RESET", "NORMAL"};

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P0] FAIL: %s\n", what);
		failures++;
	}
}

static void expect_rc(prtos_s32_t got, prtos_s32_t want, const char *what)
{
	printf("[P0] %s -> %d\n", what, got);
	if (got != want) {
		printf("[P0] FAIL: %s returned %d, expected %d\n", what, got, want);
		failures++;
	}
}

static void wait_frames(int n)
{
	while (n-- > 0)
		prtos_idle_self();
}

/* The worker's heartbeat count, read from its area. */
static prtos_u32_t heartbeats(prtos_id_t id)
{
	prtos_u32_t n = 0xFFFFFFFF;
	prtos_address_t base = 0x6000000 + id * 0x100000;

	if (prtos_memory_copy(PRTOS_PARTITION_SELF, (prtos_u32_t)&n, id,
			      base + HEARTBEAT_COUNT_OFFSET, sizeof(n)) != PRTOS_OK)
		check(0, "memory_copy of a heartbeat count");
	return n;
}

/* Prints a worker's status, checks it, and returns it. */
static prtos_part_status_t show(prtos_id_t id, prtos_u32_t state, prtos_u32_t op_mode,
				prtos_u32_t reset_counter, prtos_u32_t reset_status)
{
	prtos_part_status_t st;

	check(prtos_get_partition_status(id, &st) == PRTOS_OK, "get_partition_status");
	printf("[P0] P%d: state %s, op mode %s, reset_counter %u, reset_status %u, exec_clock %lld "
	       "us, "
	       "heartbeats %u\n",
	       id, st.state < 4 ? state_name[st.state] : "?",
	       st.op_mode < 4 ? mode_name[st.op_mode] : "?", st.reset_counter, st.reset_status,
	       st.exec_clock, heartbeats(id));
	if (st.state != state || st.op_mode != op_mode || st.reset_counter != reset_counter ||
	    st.reset_status != reset_status) {
		printf("[P0] FAIL: P%d expected state %s, op mode %s, reset_counter %u, "
		       "reset_status %u\n",
		       id, state_name[state], mode_name[op_mode], reset_counter, reset_status);
		failures++;
	}
	return st;
}

void partition_main(void)
{
	prtos_part_status_t a0, a1, b0, b1;
	prtos_u32_t hb_a, hb_b;
	prtos_sys_status_t sys;

	printf("[P0] Supervisor: WorkerA is P%d, WorkerB is P%d\n",
	       prtos_get_gid_by_name((prtos_u8_t *)"WorkerA", PRTOS_PARTITION_NAME),
	       prtos_get_gid_by_name((prtos_u8_t *)"WorkerB", PRTOS_PARTITION_NAME));

	printf("[P0] step 1: both workers run\n");
	wait_frames(40);
	a0 = show(WORKER_A, PRTOS_STATUS_READY, PRTOS_OPMODE_NORMAL, 0, 0);
	b0 = show(WORKER_B, PRTOS_STATUS_READY, PRTOS_OPMODE_NORMAL, 0, 0);
	check(a0.exec_clock > 0 && b0.exec_clock > 0, "the workers have run");
	check(heartbeats(WORKER_A) > 0 && heartbeats(WORKER_B) > 0, "the workers beat");

	printf("[P0] step 2: suspend WorkerA\n");
	expect_rc(prtos_suspend_partition(WORKER_A), PRTOS_OK, "suspend_partition(P1)");
	expect_rc(prtos_suspend_partition(WORKER_A), PRTOS_NO_ACTION,
		  "suspend_partition(P1) again");
	a0 = show(WORKER_A, PRTOS_STATUS_SUSPENDED, PRTOS_OPMODE_NORMAL, 0, 0);
	hb_a = heartbeats(WORKER_A);
	hb_b = heartbeats(WORKER_B);
	wait_frames(60);
	a1 = show(WORKER_A, PRTOS_STATUS_SUSPENDED, PRTOS_OPMODE_NORMAL, 0, 0);
	check(a1.exec_clock == a0.exec_clock, "a suspended worker does not run");
	check(heartbeats(WORKER_A) == hb_a, "a suspended worker does not beat");
	check(heartbeats(WORKER_B) > hb_b, "the other worker goes on beating");
	printf("[P0] WorkerA beat %u times while suspended, WorkerB %u times\n",
	       heartbeats(WORKER_A) - hb_a, heartbeats(WORKER_B) - hb_b);

	printf("[P0] step 3: resume WorkerA\n");
	expect_rc(prtos_resume_partition(WORKER_A), PRTOS_OK, "resume_partition(P1)");
	expect_rc(prtos_resume_partition(WORKER_A), PRTOS_NO_ACTION, "resume_partition(P1) again");
	wait_frames(40);
	a1 = show(WORKER_A, PRTOS_STATUS_READY, PRTOS_OPMODE_NORMAL, 0, 0);
	check(a1.exec_clock > a0.exec_clock, "a resumed worker runs again");
	check(heartbeats(WORKER_A) > hb_a, "a resumed worker beats again");

	printf("[P0] step 4: warm-reset WorkerA with status 4660\n");
	expect_rc(prtos_reset_partition(WORKER_A, PRTOS_WARM_RESET, 4660), PRTOS_OK,
		  "reset_partition(P1, WARM, 4660)");
	show(WORKER_A, PRTOS_STATUS_READY, PRTOS_OPMODE_WARM_RESET, 1, 4660);
	wait_frames(40);
	show(WORKER_A, PRTOS_STATUS_READY, PRTOS_OPMODE_NORMAL, 1, 4660);

	printf("[P0] step 5: shut down WorkerB\n");
	expect_rc(prtos_shutdown_partition(WORKER_B), PRTOS_OK, "shutdown_partition(P2)");
	wait_frames(3);
	b1 = show(WORKER_B, PRTOS_STATUS_HALTED, PRTOS_OPMODE_NORMAL, 0, 0);
	hb_b = heartbeats(WORKER_B);
	expect_rc(prtos_shutdown_partition(WORKER_B), PRTOS_NO_ACTION,
		  "shutdown_partition(P2) again");
	expect_rc(prtos_suspend_partition(WORKER_B), PRTOS_INVALID_MODE, "suspend_partition(P2)");
	expect_rc(prtos_halt_partition(WORKER_B), PRTOS_NO_ACTION, "halt_partition(P2)");
	wait_frames(40);
	b0 = show(WORKER_B, PRTOS_STATUS_HALTED, PRTOS_OPMODE_NORMAL, 0, 0);
	check(b0.exec_clock == b1.exec_clock && heartbeats(WORKER_B) == hb_b,
	      "a halted worker does not run");

	printf("[P0] step 6: halt WorkerA\n");
	expect_rc(prtos_halt_partition(WORKER_A), PRTOS_OK, "halt_partition(P1)");
	expect_rc(prtos_halt_partition(WORKER_A), PRTOS_NO_ACTION, "halt_partition(P1) again");
	expect_rc(prtos_resume_partition(WORKER_A), PRTOS_NO_ACTION, "resume_partition(P1)");
	a0 = show(WORKER_A, PRTOS_STATUS_HALTED, PRTOS_OPMODE_NORMAL, 1, 4660);
	hb_a = heartbeats(WORKER_A);
	wait_frames(40);
	a1 = show(WORKER_A, PRTOS_STATUS_HALTED, PRTOS_OPMODE_NORMAL, 1, 4660);
	check(a1.exec_clock == a0.exec_clock && heartbeats(WORKER_A) == hb_a,
	      "a halted worker does not run");

	printf("[P0] step 7: warm-reset the halted WorkerB with status 7\n");
	expect_rc(prtos_reset_partition(WORKER_B, PRTOS_WARM_RESET, 7), PRTOS_OK,
		  "reset_partition(P2, WARM, 7)");
	wait_frames(40);
	show(WORKER_B, PRTOS_STATUS_READY, PRTOS_OPMODE_NORMAL, 1, 7);
	check(heartbeats(WORKER_B) > 0, "the reset worker beats");

	check(prtos_get_system_status(&sys) == PRTOS_OK, "get_system_status");
	printf("[P0] system: current_maf %llu, irqs %llu, hm events %llu\n", sys.current_maf,
	       sys.num_of_irqs, sys.num_of_hm_events);
	check(sys.current_maf > 100, "the major frame count advances");

	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
