/* manage_perm, P0 (normal): every management and status call aimed at another
 * partition gets PRTOS_PERM_ERROR and leaves the output untouched; unknown ids
 * get PRTOS_INVALID_PARAM; calls on itself are allowed. Then it halts itself. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

static int failures, refused;

static void expect_rc(prtos_s32_t got, prtos_s32_t want, const char *what)
{
	if (got != want) {
		printf("[P0] FAIL: %s returned %d, expected %d\n", what, got, want);
		failures++;
	} else if (want == PRTOS_PERM_ERROR) {
		refused++;
	}
}

static int all_bytes(const void *p, prtos_u8_t v, prtos_u32_t n)
{
	const prtos_u8_t *b = p;

	while (n--)
		if (*b++ != v)
			return 0;
	return 1;
}

static void attack(prtos_id_t id)
{
	prtos_part_status_t st;
	prtos_virtual_cpu_status_t vs;

	expect_rc(prtos_halt_partition(id), PRTOS_PERM_ERROR, "halt_partition");
	expect_rc(prtos_suspend_partition(id), PRTOS_PERM_ERROR, "suspend_partition");
	expect_rc(prtos_resume_partition(id), PRTOS_PERM_ERROR, "resume_partition");
	expect_rc(prtos_reset_partition(id, PRTOS_COLD_RESET, 5), PRTOS_PERM_ERROR,
		  "reset_partition cold");
	expect_rc(prtos_reset_partition(id, PRTOS_WARM_RESET, 5), PRTOS_PERM_ERROR,
		  "reset_partition warm");
	expect_rc(prtos_reset_partition(id, 7, 5), PRTOS_PERM_ERROR, "reset_partition bad mode");
	expect_rc(prtos_shutdown_partition(id), PRTOS_PERM_ERROR, "shutdown_partition");
	memset(&st, 0xA5, sizeof(st));
	expect_rc(prtos_get_partition_status(id, &st), PRTOS_PERM_ERROR, "get_partition_status");
	if (!all_bytes(&st, 0xA5, sizeof(st))) {
		printf("[P0] FAIL: a refused get_partition_status wrote its output\n");
		failures++;
	}
	memset(&vs, 0xA5, sizeof(vs));
	expect_rc(prtos_get_partition_vcpu_status(id, 0, &vs), PRTOS_PERM_ERROR,
		  "get_partition_vcpu_status");
	if (!all_bytes(&vs, 0xA5, sizeof(vs))) {
		printf("[P0] FAIL: a refused get_partition_vcpu_status wrote its output\n");
		failures++;
	}
}

void partition_main(void)
{
	static const prtos_u32_t unknown[] = {3, 4, 255, 256, 0x80000000, 0xFFFFFFFF};
	prtos_part_status_t st;
	prtos_sys_status_t sys;
	prtos_u32_t i;

	for (i = 0; i < 40; i++)
		prtos_idle_self(); /* the monitor takes its first snapshot */
	printf("[P0] Intruder attacks\n");
	attack(1);
	attack(2);
	memset(&sys, 0xA5, sizeof(sys));
	expect_rc(prtos_get_system_status(&sys), PRTOS_PERM_ERROR, "get_system_status");
	if (!all_bytes(&sys, 0xA5, sizeof(sys))) {
		printf("[P0] FAIL: a refused get_system_status wrote its output\n");
		failures++;
	}
	expect_rc(prtos_halt_system(), PRTOS_PERM_ERROR, "halt_system");
	expect_rc(prtos_reset_system(PRTOS_WARM_RESET), PRTOS_PERM_ERROR, "reset_system warm");
	expect_rc(prtos_reset_system(PRTOS_COLD_RESET), PRTOS_PERM_ERROR, "reset_system cold");
	printf("[P0] %d calls refused with PRTOS_PERM_ERROR\n", refused);

	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		expect_rc(prtos_halt_partition(unknown[i]), PRTOS_INVALID_PARAM, "halt unknown");
		expect_rc(prtos_suspend_partition(unknown[i]), PRTOS_INVALID_PARAM,
			  "suspend unknown");
		expect_rc(prtos_resume_partition(unknown[i]), PRTOS_INVALID_PARAM,
			  "resume unknown");
		expect_rc(prtos_reset_partition(unknown[i], PRTOS_WARM_RESET, 0),
			  PRTOS_INVALID_PARAM, "reset unknown");
		expect_rc(prtos_shutdown_partition(unknown[i]), PRTOS_INVALID_PARAM,
			  "shutdown unknown");
		expect_rc(prtos_get_partition_status(unknown[i], &st), PRTOS_INVALID_PARAM,
			  "get_partition_status unknown");
	}
	printf("[P0] unknown ids refused with PRTOS_INVALID_PARAM\n");

	/* Its own partition is allowed. */
	expect_rc(prtos_get_partition_status(PRTOS_PARTITION_SELF, &st), PRTOS_OK,
		  "get_partition_status(self)");
	if (st.state != PRTOS_STATUS_READY || st.op_mode != PRTOS_OPMODE_COLD_RESET ||
	    st.reset_counter != 0 || st.exec_clock <= 0) {
		printf("[P0] FAIL: own status: state %u op_mode %u reset_counter %u\n", st.state,
		       st.op_mode, st.reset_counter);
		failures++;
	}
	expect_rc(prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL), PRTOS_OK,
		  "set_partition_opmode");
	expect_rc(prtos_set_partition_opmode(4), PRTOS_INVALID_PARAM, "set_partition_opmode(4)");
	prtos_get_partition_status(PRTOS_PARTITION_SELF, &st);
	if (st.op_mode != PRTOS_OPMODE_NORMAL) {
		printf("[P0] FAIL: op_mode %u after setting NORMAL\n", st.op_mode);
		failures++;
	}
	expect_rc(prtos_resume_partition(PRTOS_PARTITION_SELF), PRTOS_NO_ACTION, "resume(self)");
	expect_rc(prtos_reset_partition(PRTOS_PARTITION_SELF, 2, 0), PRTOS_INVALID_PARAM,
		  "reset(self, mode 2)");
	expect_rc(prtos_get_gid_by_name((prtos_u8_t *)"Target", PRTOS_PARTITION_NAME), 1,
		  "get_gid_by_name(Target)");
	expect_rc(prtos_get_gid_by_name((prtos_u8_t *)"boot", PRTOS_PLAN_NAME), 0,
		  "get_gid_by_name(boot plan)");
	printf(failures ? "[P0] Verification Failed\n"
			: "[P0] own calls allowed; halting myself\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
	printf("[P0] FAIL: still running after halting myself\n");
}
