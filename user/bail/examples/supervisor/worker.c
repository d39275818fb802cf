/* supervisor, P1 and P2: a worker that prints a heartbeat every 10 ms of its own
 * running, keeps the heartbeat count at a fixed place in its area (outside its
 * image) for the supervisor to read, and halts itself when asked to shut down. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define HEARTBEAT_US 10000
/* Near the end of the partition's 1 MB area, outside the image. */
#define HEARTBEAT_COUNT(base) ((volatile prtos_u32_t *)((base) + 0xFF000))

static prtos_id_t self;

static void shutdown_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	printf("[P%d] shutdown requested: halting myself\n", self);
	prtos_halt_partition(PRTOS_PARTITION_SELF);
	printf("[P%d] Verification Failed: still running after halting myself\n", self);
}

void partition_main(void)
{
	const partition_control_table_t *pct = prtos_get_pct0();
	volatile prtos_u32_t *count = HEARTBEAT_COUNT(pct->physical_mem_map[0].mapped_at);
	prtos_time_t now, next;

	self = PRTOS_PARTITION_SELF;
	printf("[P%d] %s boot: reset_counter %u reset_status %u\n", self, pct->name,
	       pct->reset_counter, pct->reset_status);
	*count = 0;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SHUTDOWN), shutdown_handler);
	prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_SHUTDOWN);
	hw_sti();
	prtos_set_partition_opmode(PRTOS_OPMODE_NORMAL);
	prtos_get_time(PRTOS_EXEC_CLOCK, &next);
	next += HEARTBEAT_US;
	for (;;) {
		prtos_get_time(PRTOS_EXEC_CLOCK, &now);
		if (now >= next) {
			++*count;
			printf("[P%d] %s heartbeat %u\n", self, pct->name, *count);
			next = now + HEARTBEAT_US;
		}
	}
}
