/* manage_system, P1 (normal): beats every 10 ms of its own running and
 * reports shutdown requests without halting. On its first boot it writes a
 * mark near the end of its area, outside its image. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define MARK ((volatile prtos_u32_t *)0x061FF000)
#define MARK_VALUE 0xC0FFEE02U

static void shutdown_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	printf("[P1] shutdown virq received\n");
}

void partition_main(void)
{
	const partition_control_table_t *pct = prtos_get_pct0();
	prtos_time_t now, next;
	prtos_u32_t beats = 0;

	printf("[P1] Worker boot: reset_counter %u reset_status %u\n", pct->reset_counter,
	       pct->reset_status);
	if (pct->reset_counter == 0)
		*MARK = MARK_VALUE;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SHUTDOWN), shutdown_handler);
	prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_SHUTDOWN);
	hw_sti();
	prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL);
	prtos_get_time(PRTOS_EXEC_CLOCK, &next);
	next += 10000;
	for (;;) {
		prtos_get_time(PRTOS_EXEC_CLOCK, &now);
		if (now >= next) {
			printf("[P1] heartbeat %u\n", ++beats);
			next = now + 10000;
		}
	}
}
