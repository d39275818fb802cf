/*
 * reset_ownership, P1 (system): halts the partition that asked for a long reset
 * while the reset is under way, then halts the victim in the middle of its own
 * reset. Neither may leave anything stuck: the first reset completes, the
 * halted victim stays halted until a new reset brings it back, and the halted
 * requester can be reset too.
 */
#include <stdio.h>
#include "ids.h"

static int failures;

static void check(int ok, const char *what)
{
	printf(ok ? "[P1] ok: %s\n" : "[P1] FAIL: %s\n", what);
	failures += !ok;
}

static int reloading(prtos_id_t id)
{
	prtos_part_status_t st = status_of(id);

	return st.state == PRTOS_STATUS_READY && st.op_mode == PRTOS_OPMODE_COLD_RESET;
}

/* The first sign of P0's reset of the victim: the victim is counted or stopped. */
static int reset_begun(void)
{
	prtos_part_status_t st = status_of(VICTIM);

	return st.reset_counter || st.state == PRTOS_STATUS_HALTED;
}

static void halt_requester_during_its_reset(void)
{
	while (!reset_begun())
		prtos_idle_self();
	check(prtos_halt_partition(REQUESTER) == PRTOS_OK, "requester halted");
	check(reloading(VICTIM), "the victim's reset is still under way");
	check(wait_booted(VICTIM, 1, 500) == 0,
	      "the victim's reset completed without its requester");
}

static void halt_victim_during_its_reset(void)
{
	prtos_part_status_t a, b;
	int i;

	check(prtos_reset_partition(VICTIM, PRTOS_COLD_RESET, 2) == PRTOS_OK, "second cold reset");
	for (i = 0; i < 3; i++)
		prtos_idle_self();
	check(reloading(VICTIM), "the victim is reloading");
	check(prtos_halt_partition(VICTIM) == PRTOS_OK, "victim halted during its reset");
	a = status_of(VICTIM);
	for (i = 0; i < 20; i++)
		prtos_idle_self();
	b = status_of(VICTIM);
	check(b.state == PRTOS_STATUS_HALTED && b.exec_clock == a.exec_clock,
	      "a victim halted during its reset stays halted");
	check(prtos_reset_partition(VICTIM, PRTOS_WARM_RESET, 3) == PRTOS_OK, "warm reset");
	check(wait_booted(VICTIM, 3, 100) == 0, "the victim runs again after a new reset");
}

void partition_main(void)
{
	halt_requester_during_its_reset();
	halt_victim_during_its_reset();
	check(prtos_reset_partition(REQUESTER, PRTOS_WARM_RESET, 4) == PRTOS_OK,
	      "reset of the halted requester");
	check(wait_booted(REQUESTER, 1, 100) == 0, "the requester runs again");
	printf("[P1] %d failures\n", failures);
	for (;;)
		prtos_idle_self();
}
