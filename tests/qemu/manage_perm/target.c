/* manage_perm, P1: the target. Beats every 10 ms of its own running, keeps the
 * count at a fixed place in its area, and complains if it is ever shut down. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define HEARTBEAT_COUNT ((volatile prtos_u32_t *)(0x6100000 + 0xFF000))

static void shutdown_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	printf("[P1] shutdown virq received\n");
}

void partition_main(void)
{
	prtos_time_t now, next;

	printf("[P1] Target boot: reset_counter %u\n", prtos_get_pct0()->reset_counter);
	*HEARTBEAT_COUNT = 0;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SHUTDOWN), shutdown_handler);
	prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_SHUTDOWN);
	hw_sti();
	prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL);
	prtos_get_time(PRTOS_EXEC_CLOCK, &next);
	next += 10000;
	for (;;) {
		prtos_get_time(PRTOS_EXEC_CLOCK, &now);
		if (now >= next) {
			++*HEARTBEAT_COUNT;
			printf("[P1] heartbeat %u\n", *HEARTBEAT_COUNT);
			next = now + 10000;
		}
	}
}
