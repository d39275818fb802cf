/* normal_denied, P0 (normal): every system-only call on P1 is refused, and so is
 * every health-monitor log call (which would read or move the system's log). */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

static int failures;

static void expect_perm(prtos_s32_t r, const char *what)
{
	printf("[P0] %s: %s (%d)\n", r == PRTOS_PERM_ERROR ? "ok" : "FAIL", what, r);
	failures += r != PRTOS_PERM_ERROR;
}

/* The HM log calls return PRTOS_PERM_ERROR and write nothing into the caller's memory. */
static void try_hm_log(void)
{
	prtos_hm_log_t log, log0;
	prtos_hm_status_t st, st0;

	memset(&log, 0xA5, sizeof(log));
	memset(&st, 0xA5, sizeof(st));
	log0 = log;
	st0 = st;
	expect_perm(prtos_hm_read(&log), "read the HM log");
	expect_perm(prtos_hm_seek(0, PRTOS_HM_SEEK_END), "seek the HM log to its end");
	expect_perm(prtos_hm_seek(1, PRTOS_HM_SEEK_SET), "seek the HM log past a record");
	expect_perm(prtos_hm_status(&st), "HM log status");
	if (memcmp(&log, &log0, sizeof(log)) || memcmp(&st, &st0, sizeof(st))) {
		printf("[P0] FAIL: a refused HM call wrote its output\n");
		failures++;
	}
}

void partition_main(void)
{
	static char buf[16];
	prtos_trace_event_t ev;
	prtos_part_status_t st;
	prtos_sys_status_t sys;

	prtos_idle_self(); /* P1 logs its HM events in its first slot */
	expect_perm(prtos_halt_partition(1), "halt P1");
	expect_perm(prtos_reset_partition(1, PRTOS_WARM_RESET, 7), "reset P1");
	expect_perm(prtos_suspend_partition(1), "suspend P1");
	expect_perm(prtos_resume_partition(1), "resume P1");
	expect_perm(prtos_shutdown_partition(1), "shut down P1");
	expect_perm(prtos_trace_open(1), "open P1's trace stream");
	expect_perm(prtos_trace_read(1, &ev), "read P1's trace stream");
	expect_perm(prtos_trace_status(1, (prtos_trace_status_t *)buf), "P1's trace status");
	expect_perm(prtos_memory_copy(0, (prtos_u32_t)buf, 1, 0x06100000, 16), "copy from P1");
	expect_perm(prtos_memory_copy(1, 0x06100000, 0, (prtos_u32_t)buf, 16), "copy into P1");
	expect_perm(prtos_get_partition_status(1, &st), "P1's status");
	expect_perm(prtos_get_system_status(&sys), "system status");
	expect_perm(prtos_halt_system(), "halt the system");
	try_hm_log();
	printf(failures ? "[P0] Verification Failed\n" : "[P0] all refused\n");
	for (;;)
		prtos_idle_self();
}
