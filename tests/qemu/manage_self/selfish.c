/* manage_self, P0 (normal): acts on itself. Boot 0 suspends itself (P1 resumes
 * it) and warm-resets itself; boot 1 checks what a warm reset keeps and
 * cold-resets itself; boot 2 checks what a cold reset clears and shuts itself
 * down through its own shutdown handler. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define MARK ((volatile prtos_u32_t *)0x060FF000) /* near the end of its area, outside the image */
#define MARK_VALUE 0xC0FFEE01U

static volatile prtos_u32_t data_var = 11; /* .data */
static volatile prtos_u32_t bss_var;	   /* .bss */
static int failures;

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static void check_status(prtos_u32_t op_mode, prtos_u32_t counter, prtos_u32_t status)
{
	const partition_control_table_t *pct = prtos_get_pct0();
	prtos_part_status_t st;

	check(prtos_get_partition_status(PRTOS_PARTITION_SELF, &st) == PRTOS_OK, "own status");
	printf("[P0] boot %u: state %u op_mode %u reset_counter %u reset_status %u "
	       "(control table: %u %u)\n",
	       counter, st.state, st.op_mode, st.reset_counter, st.reset_status, pct->reset_counter,
	       pct->reset_status);
	check(st.state == PRTOS_STATUS_READY && st.op_mode == op_mode &&
		      st.reset_counter == counter && st.reset_status == status &&
		      pct->reset_counter == counter && pct->reset_status == status,
	      "status after this boot");
	check(data_var == 11 && bss_var == 0, ".data and .bss come back from the image");
	check(prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL) == PRTOS_OK, "set op mode NORMAL");
	data_var = 99;
	bss_var = 77;
}

static void shutdown_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	printf(failures ? "[P0] Verification Failed\n"
			: "[P0] shutdown virq received: halting myself\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
	printf("[P0] FAIL: still running after halting myself\n");
}

void partition_main(void)
{
	prtos_u32_t boot = prtos_get_pct0()->reset_counter;
	prtos_s32_t r;

	switch (boot) {
	case 0:
		check_status(PRTOS_OPMODE_COLD_RESET, 0, 0);
		*MARK = MARK_VALUE;
		printf("[P0] suspending myself\n");
		r = prtos_suspend_partition(PRTOS_PARTITION_SELF);
		check(r == PRTOS_OK, "resumed, suspend returned PRTOS_OK");
		check(prtos_suspend_partition(2) == PRTOS_INVALID_PARAM, "suspend unknown id");
		printf("[P0] warm-resetting myself with status 171\n");
		r = prtos_reset_partition(PRTOS_PARTITION_SELF, PRTOS_WARM_RESET, 171);
		printf("[P0] FAIL: reset_partition(self) returned %d\n", r);
		break;
	case 1:
		check_status(PRTOS_OPMODE_WARM_RESET, 1, 171);
		printf("[P0] mark after the warm reset: 0x%x\n", *MARK);
		check(*MARK == MARK_VALUE, "memory outside the image survives a warm reset");
		printf("[P0] cold-resetting myself with status 2\n");
		r = prtos_reset_partition(PRTOS_PARTITION_SELF, PRTOS_COLD_RESET, 2);
		printf("[P0] FAIL: reset_partition(self) returned %d\n", r);
		break;
	case 2:
		check_status(PRTOS_OPMODE_COLD_RESET, 2, 2);
		printf("[P0] mark after the cold reset: 0x%x\n", *MARK);
		check(*MARK == 0, "memory outside the image is zero after a cold reset");
		install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SHUTDOWN), shutdown_handler);
		prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_SHUTDOWN);
		hw_sti();
		printf("[P0] shutting myself down\n");
		r = prtos_shutdown_partition(PRTOS_PARTITION_SELF);
		printf("[P0] FAIL: shutdown_partition(self) returned %d and no halt\n", r);
		break;
	default:
		printf("[P0] FAIL: unexpected boot %u\n", boot);
	}
	for (;;)
		prtos_idle_self();
}
