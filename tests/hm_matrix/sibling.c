/* hm_matrix, P1 (the sibling): records the HW clock at each of its slot starts and
 * checks they stay whole major frames apart (1 us tolerance: the clock is in whole
 * microseconds) while the victim faults and the HM acts on it. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "hm_matrix.h"

static prtos_time_t starts[SIBLING_FRAMES];
static volatile int count;

static void slot_start_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (count < SIBLING_FRAMES)
		prtos_get_time(PRTOS_HW_CLOCK, &starts[count++]);
}

void partition_main(void)
{
	prtos_time_t d, worst = 0;
	int i, worst_i = 0;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START),
			     slot_start_handler);
	/* This slot's start is past: record from the next one on. */
	prtos_clear_irqpend(0, 1U << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	while (count < SIBLING_FRAMES)
		prtos_idle_self();
	for (i = 1; i < SIBLING_FRAMES; i++) {
		d = starts[i] - starts[0] - (prtos_time_t)i * MAJOR_FRAME_US;
		if (d < 0)
			d = -d;
		if (d > worst) {
			worst = d;
			worst_i = i;
		}
	}
	printf("[P1] %d slot starts from %lld us, largest offset from the plan %lld us "
	       "(frame %d, %lld us after the one before)\n",
	       SIBLING_FRAMES, starts[0], worst, worst_i,
	       worst_i ? starts[worst_i] - starts[worst_i - 1] : (prtos_time_t)0);
	printf(worst <= MAX_BOUNDARY_WORK_US ? "[P1] slot starts unaffected by the victim\n"
					     : "[P1] Verification Failed: slot starts moved\n");
	MAILBOX->sibling_worst_us = (prtos_u32_t)worst;
	MAILBOX->sibling_done = 1;
	for (;;)
		prtos_idle_self();
}
