/*
 * worst_args, P0 (system): calls each group of hypercalls with its most
 * expensive legal arguments, one group at a time, over and over for a few
 * major frames each, so that slot boundaries land inside every kind of call;
 * the guard checks that none of it delays its slot starts beyond the
 * documented bound.
 */
#include <stdio.h>
#include <irqs.h>
#include "heavy.h"

#define PHASE_US 20000 /* ten major frames per group */

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

static void heavy_traps(int round)
{
	(void)round;
	__asm__ volatile("int3"); /* PROPAGATE, logged: an HM record in the memory block */
}

static void heavy_console(int round)
{
	static char line[64];
	int i;

	(void)round;
	for (i = 0; i < (int)sizeof(line) - 1; i++)
		line[i] = (char)('a' + i % 26);
	line[sizeof(line) - 1] = '\n';
	prtos_write_console(line, sizeof(line)); /* one whole chunk, lines kept whole */
}

static void (*const groups[])(int round) = {
	heavy_copies, heavy_ports, heavy_logs,	  heavy_status,
	heavy_manage, heavy_traps, heavy_console,
};
#define GROUPS (int)(sizeof(groups) / sizeof(groups[0]))

void partition_main(void)
{
	prtos_time_t start, now;
	int round, g;

	install_trap_handler(3, on_breakpoint);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), on_timer);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	for (round = 0;; round++) {
		for (g = 0; g < GROUPS; g++) {
			prtos_get_time(PRTOS_HW_CLOCK, &start);
			do {
				groups[g](round);
				prtos_get_time(PRTOS_HW_CLOCK, &now);
			} while (now - start < PHASE_US);
		}
		printf("[P0] round %d done, %d traps, %d failures\n", round, traps, failures);
	}
}
