/* Shared by scenarios that check their own slot starts against the plan (see slot_starts.h). */
#include <irqs.h>
#include "slot_starts.h"

static prtos_time_t *slot_log;
static int slot_room;
static volatile int slot_count;

static void slot_start_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (slot_count < slot_room)
		prtos_get_time(PRTOS_HW_CLOCK, &slot_log[slot_count++]);
}

prtos_time_t slot_starts_worst_offset(prtos_time_t *starts, int n, prtos_time_t major_frame_us)
{
	prtos_time_t d, worst = 0;
	int i;

	slot_log = starts;
	slot_room = n;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START),
			     slot_start_handler);
	/* This slot's start is long past: record from the next one on. */
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	while (slot_count < n)
		prtos_idle_self();
	for (i = 1; i < n; i++) {
		d = starts[i] - starts[0] - (prtos_time_t)i * major_frame_us;
		d = d < 0 ? -d : d;
		worst = d > worst ? d : worst;
	}
	return worst;
}
