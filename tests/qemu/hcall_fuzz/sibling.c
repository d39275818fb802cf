/* hcall_fuzz, P1: records its slot starts while the fuzzer runs and reports how far
 * any of them moved from whole major frames. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "shared.h"

static prtos_time_t starts[FRAMES];
static volatile int count;

static void slot_start(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (count < FRAMES)
		prtos_get_time(PRTOS_HW_CLOCK, &starts[count++]);
}

void partition_main(void)
{
	prtos_time_t d, worst = 0;
	int i;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), slot_start);
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	while (count < FRAMES)
		prtos_idle_self();
	for (i = 1; i < FRAMES; i++) {
		d = starts[i] - starts[0] - (prtos_time_t)i * MAJOR_FRAME_US;
		d = d < 0 ? -d : d;
		worst = d > worst ? d : worst;
	}
	REPORT->sibling_worst_us = (int)worst;
	REPORT->sibling_done = 1;
	for (;;)
		prtos_idle_self();
}
