/* manage_self, P1 (system): resumes P0 once it has suspended itself, and
 * checks the final state after P0 halted itself. */
#include <prtos.h>
#include <stdio.h>

static int failures;

static void check(int ok, const char *what)
{
	printf("[P1] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static prtos_part_status_t p0(void)
{
	prtos_part_status_t st;

	if (prtos_get_partition_status(0, &st) != PRTOS_OK)
		check(0, "get_partition_status(P0)");
	return st;
}

/* Waits up to n frames for P0 to reach a state. */
static int wait_for(prtos_u32_t state, int n)
{
	while (n-- > 0) {
		if (p0().state == state)
			return 1;
		prtos_idle_self();
	}
	return 0;
}

void partition_main(void)
{
	prtos_part_status_t a, b;
	int i;

	check(wait_for(PRTOS_STATUS_SUSPENDED, 100), "P0 suspended itself");
	a = p0();
	for (i = 0; i < 20; i++)
		prtos_idle_self();
	b = p0();
	check(b.state == PRTOS_STATUS_SUSPENDED && b.exec_clock == a.exec_clock,
	      "P0 stays suspended and does not run");
	printf("[P1] resuming P0\n");
	check(prtos_resume_partition(0) == PRTOS_OK, "resume_partition(P0)");
	check(wait_for(PRTOS_STATUS_HALTED, 2000), "P0 halted itself in the end");
	a = p0();
	printf("[P1] P0: state %u op_mode %u reset_counter %u reset_status %u\n", a.state,
	       a.op_mode, a.reset_counter, a.reset_status);
	check(a.reset_counter == 2 && a.reset_status == 2 && a.op_mode == PRTOS_OPMODE_NORMAL,
	      "P0 went through two resets");
	check(prtos_resume_partition(0) == PRTOS_NO_ACTION, "resume of a halted partition");
	check(prtos_suspend_partition(0) == PRTOS_INVALID_MODE, "suspend of a halted partition");
	printf(failures ? "[P1] Verification Failed\n" : "[P1] Verification Passed\n");
	prtos_halt_system();
}
