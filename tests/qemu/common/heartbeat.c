/*
 * Shared by manage_perm and manage_system, a normal partition: prints its boot
 * ("[P<id>] <name> boot: reset_counter N reset_status N"), then a heartbeat every
 * 10 ms of its own running, and reports shutdown requests without halting. It counts
 * its beats, and on its first boot leaves a mark, where heartbeat.h says: a warm reset
 * keeps the mark, a cold reset clears it.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "heartbeat.h"

#define HEARTBEAT_US 10000

static void shutdown_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	printf("[P%d] shutdown virq received\n", PRTOS_PARTITION_SELF);
}

void partition_main(void)
{
	const partition_control_table_t *pct = prtos_get_pct0();
	prtos_u32_t area = pct->physical_mem_map[0].mapped_at;
	volatile prtos_u32_t *beats = (volatile prtos_u32_t *)HEARTBEAT_BEATS(area);
	prtos_time_t now, next;

	printf("[P%d] %s boot: reset_counter %u reset_status %u\n", PRTOS_PARTITION_SELF, pct->name,
	       pct->reset_counter, pct->reset_status);
	*beats = 0;
	if (pct->reset_counter == 0)
		*(volatile prtos_u32_t *)HEARTBEAT_MARK(area) = HEARTBEAT_MARK_VALUE;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SHUTDOWN), shutdown_handler);
	prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_SHUTDOWN);
	hw_sti();
	prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL);
	prtos_get_time(PRTOS_EXEC_CLOCK, &next);
	next += HEARTBEAT_US;
	for (;;) {
		prtos_get_time(PRTOS_EXEC_CLOCK, &now);
		if (now >= next) {
			printf("[P%d] heartbeat %u\n", PRTOS_PARTITION_SELF, ++*beats);
			next = now + HEARTBEAT_US;
		}
	}
}
