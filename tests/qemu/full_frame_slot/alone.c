/* full_frame_slot, P0 (system): alone in a slot that fills the whole major frame, it
 * still gets a new slot every frame: the slot-start interrupt arrives once per frame,
 * exactly one frame apart (the HW clock counts whole microseconds: 1 us tolerance). */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define MAJOR_FRAME 1000
#define FRAMES 50

static prtos_time_t starts[FRAMES];
static volatile int count;

static void slot_start_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (count < FRAMES)
		prtos_get_time(PRTOS_HW_CLOCK, &starts[count]);
	count++;
}

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct();
	prtos_time_t d, worst = 0;
	int i;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START),
			     slot_start_handler);
	/* This slot's start is long past: count from the next one on. */
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	for (i = 0; i < FRAMES; i++)
		prtos_idle_self(); /* returns at the next slot: the next frame */
	hw_cli();
	for (i = 1; i < count && i < FRAMES; i++) {
		d = starts[i] - starts[i - 1] - MAJOR_FRAME;
		d = d < 0 ? -d : d;
		worst = d > worst ? d : worst;
	}
	printf("[P0] %d slot starts in %d frames, largest offset from one frame apart %lld us\n",
	       count, FRAMES, worst);
	printf("[P0] slot %u, id %u, %u us\n", pct->cyclic_sched_info.no_slot,
	       pct->cyclic_sched_info.id, pct->cyclic_sched_info.slot_duration);
	if (count == FRAMES && worst <= 1 && pct->cyclic_sched_info.no_slot == 0 &&
	    pct->cyclic_sched_info.slot_duration == MAJOR_FRAME)
		printf("[P0] Verification Passed\n");
	else
		printf("[P0] Verification Failed\n");
	prtos_halt_system();
}
