/*
 * worst_args, P0 (system): calls every group of hypercalls with its most
 * expensive legal arguments, round after round, while the guard checks that
 * none of it delays its slot starts beyond the documented bound.
 */
#include <stdio.h>
#include <irqs.h>
#include "heavy.h"

static volatile int traps;

static void on_breakpoint(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	traps++;
}

static void on_timer(trap_ctxt_t *ctxt)
{
	(void)ctxt;
}

static void heavy_traps(void)
{
	__asm__ volatile("int3"); /* PROPAGATE, logged: an HM record in the memory block */
}

static void heavy_console(int round)
{
	static char line[200];
	int i;

	if (round % 8)
		return;
	for (i = 0; i < (int)sizeof(line) - 1; i++)
		line[i] = (char)('a' + i % 26);
	line[sizeof(line) - 1] = '\n';
	prtos_write_console(line, sizeof(line));
}

void partition_main(void)
{
	int round;

	install_trap_handler(3, on_breakpoint);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_timer);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	for (round = 0;; round++) {
		heavy_copies();
		heavy_ports();
		heavy_logs();
		heavy_status();
		heavy_manage(round);
		heavy_traps();
		heavy_console(round);
		if (round % 4 == 0)
			printf("[P0] round %d done, %d traps, %d failures\n", round, traps,
			       failures);
	}
}
