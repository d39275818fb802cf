/* manage_system, P0 (system): every management call on P1, with the result
 * code each state calls for, and what warm and cold resets leave behind. */
#include <prtos.h>
#include <stdio.h>
#include "heartbeat.h"

#define WORKER 1
#define WORKER_AREA 0x06100000U /* as in the XML */

static int failures;

static void expect_rc(prtos_s32_t got, prtos_s32_t want, const char *what)
{
	printf("[P0] %s: %s -> %d\n", got == want ? "ok" : "FAIL", what, got);
	if (got != want)
		failures++;
}

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static void wait_frames(int n)
{
	while (n-- > 0)
		prtos_idle_self();
}

static prtos_part_status_t status(void)
{
	prtos_part_status_t st;

	if (prtos_get_partition_status(WORKER, &st) != PRTOS_OK)
		check(0, "get_partition_status(P1)");
	printf("[P0] P1: state %u op_mode %u reset_counter %u reset_status %u exec_clock %lld\n",
	       st.state, st.op_mode, st.reset_counter, st.reset_status, st.exec_clock);
	return st;
}

static prtos_u32_t mark(void)
{
	prtos_u32_t m = 0xDEAD;

	if (prtos_memory_copy(PRTOS_PARTITION_SELF, (prtos_u32_t)&m, WORKER,
			      HEARTBEAT_MARK(WORKER_AREA), sizeof(m)) != PRTOS_OK)
		check(0, "memory_copy of P1's mark");
	printf("[P0] P1's mark: 0x%x\n", m);
	return m;
}

static void unknown_ids(void)
{
	static const prtos_u32_t ids[] = {2, 16, 255, 0xFFFFFFFF};
	prtos_part_status_t st;
	prtos_u32_t i;
	int bad = 0;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		bad += prtos_halt_partition(ids[i]) != PRTOS_INVALID_PARAM;
		bad += prtos_suspend_partition(ids[i]) != PRTOS_INVALID_PARAM;
		bad += prtos_resume_partition(ids[i]) != PRTOS_INVALID_PARAM;
		bad += prtos_reset_partition(ids[i], PRTOS_COLD_RESET, 0) != PRTOS_INVALID_PARAM;
		bad += prtos_shutdown_partition(ids[i]) != PRTOS_INVALID_PARAM;
		bad += prtos_get_partition_status(ids[i], &st) != PRTOS_INVALID_PARAM;
	}
	check(!bad, "unknown ids get PRTOS_INVALID_PARAM from all six calls");
}

void partition_main(void)
{
	prtos_part_status_t a, b;
	prtos_sys_status_t s0, s1;

	check(prtos_get_system_status(&s0) == PRTOS_OK, "get_system_status");
	wait_frames(20);
	a = status();
	check(a.state == PRTOS_STATUS_READY && a.op_mode == PRTOS_OPMODE_NORMAL &&
		      a.reset_counter == 0,
	      "P1 runs");
	check(mark() == HEARTBEAT_MARK_VALUE, "P1 wrote its mark");

	printf("[P0] bad arguments\n");
	expect_rc(prtos_reset_partition(WORKER, 2, 9), PRTOS_INVALID_PARAM, "reset mode 2");
	expect_rc(prtos_reset_partition(WORKER, 0xFFFFFFFF, 9), PRTOS_INVALID_PARAM,
		  "reset mode 0xFFFFFFFF");
	unknown_ids();
	expect_rc(prtos_resume_partition(WORKER), PRTOS_NO_ACTION, "resume of a ready partition");
	wait_frames(20);
	b = status();
	check(b.state == PRTOS_STATUS_READY && b.reset_counter == 0 && b.reset_status == 0 &&
		      b.exec_clock > a.exec_clock,
	      "refused calls changed nothing");

	printf("[P0] suspend, shutdown while suspended, resume\n");
	expect_rc(prtos_suspend_partition(WORKER), PRTOS_OK, "suspend");
	expect_rc(prtos_suspend_partition(WORKER), PRTOS_NO_ACTION, "suspend again");
	expect_rc(prtos_shutdown_partition(WORKER), PRTOS_OK, "shutdown of a suspended partition");
	a = status();
	wait_frames(20);
	b = status();
	check(b.state == PRTOS_STATUS_SUSPENDED && b.exec_clock == a.exec_clock,
	      "a suspended partition does not run");
	printf("[P0] resuming P1\n");
	expect_rc(prtos_resume_partition(WORKER), PRTOS_OK, "resume");
	expect_rc(prtos_resume_partition(WORKER), PRTOS_NO_ACTION, "resume again");
	wait_frames(20);
	b = status();
	check(b.state == PRTOS_STATUS_READY && b.exec_clock > a.exec_clock, "P1 runs again");

	printf("[P0] warm reset\n");
	expect_rc(prtos_reset_partition(WORKER, PRTOS_WARM_RESET, 3), PRTOS_OK, "warm reset");
	a = status();
	check(a.op_mode == PRTOS_OPMODE_WARM_RESET && a.reset_counter == 1 && a.reset_status == 3,
	      "status right after a warm reset");
	wait_frames(20);
	a = status();
	check(a.state == PRTOS_STATUS_READY && a.op_mode == PRTOS_OPMODE_NORMAL,
	      "P1 back to normal");
	check(mark() == HEARTBEAT_MARK_VALUE, "the mark survives a warm reset");

	printf("[P0] cold reset\n");
	expect_rc(prtos_reset_partition(WORKER, PRTOS_COLD_RESET, 4), PRTOS_OK, "cold reset");
	a = status();
	check(a.op_mode == PRTOS_OPMODE_COLD_RESET && a.reset_counter == 2 && a.reset_status == 4,
	      "status right after a cold reset");
	wait_frames(20);
	a = status();
	check(a.state == PRTOS_STATUS_READY && a.op_mode == PRTOS_OPMODE_NORMAL,
	      "P1 back to normal");
	check(mark() == 0, "the mark is zero after a cold reset"); /* cleared in P1's slots */

	printf("[P0] halt\n");
	expect_rc(prtos_halt_partition(WORKER), PRTOS_OK, "halt");
	expect_rc(prtos_halt_partition(WORKER), PRTOS_NO_ACTION, "halt again");
	expect_rc(prtos_shutdown_partition(WORKER), PRTOS_NO_ACTION, "shutdown of a halted one");
	expect_rc(prtos_suspend_partition(WORKER), PRTOS_INVALID_MODE, "suspend of a halted one");
	expect_rc(prtos_resume_partition(WORKER), PRTOS_NO_ACTION, "resume of a halted one");
	expect_rc(prtos_reset_partition(WORKER, 2, 0), PRTOS_INVALID_PARAM,
		  "reset of a halted one, mode 2");
	a = status();
	wait_frames(20);
	b = status();
	check(a.state == PRTOS_STATUS_HALTED && b.state == PRTOS_STATUS_HALTED &&
		      b.exec_clock == a.exec_clock,
	      "a halted partition stays halted");

	printf("[P0] cold reset of the halted partition\n");
	expect_rc(prtos_reset_partition(WORKER, PRTOS_COLD_RESET, 5), PRTOS_OK, "cold reset");
	wait_frames(20);
	a = status();
	check(a.state == PRTOS_STATUS_READY && a.reset_counter == 3 && a.reset_status == 5,
	      "a reset brings a halted partition back");

	check(prtos_get_system_status(&s1) == PRTOS_OK, "get_system_status");
	printf("[P0] system: reset_counter %u current_maf %llu -> %llu, irqs %llu -> %llu\n",
	       s1.reset_counter, s0.current_maf, s1.current_maf, s0.num_of_irqs, s1.num_of_irqs);
	check(s1.current_maf >= s0.current_maf + 140 && s1.num_of_irqs > s0.num_of_irqs &&
		      s1.reset_counter == 0,
	      "system status advances");
	expect_rc(prtos_reset_system(2), PRTOS_INVALID_PARAM, "reset_system mode 2");
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
