/* spin_isolation, P1: records the HW clock at each of its slot starts (slot-start
 * interrupt) and checks they are exactly one major frame apart (the clock is in
 * whole microseconds, hence the 1 us tolerance). */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define MAJOR_FRAME 1000
#define FRAMES 300

static prtos_time_t starts[FRAMES];
static volatile int count;

static void slot_start_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (count < FRAMES)
		prtos_get_time(PRTOS_HW_CLOCK, &starts[count++]);
}

void partition_main(void)
{
	prtos_time_t d, worst = 0;
	int i;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START),
			     slot_start_handler);
	/* This slot's start is long past: record from the next one on. */
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	while (count < FRAMES)
		prtos_idle_self();
	for (i = 1; i < FRAMES; i++) {
		d = starts[i] - starts[0] - (prtos_time_t)i * MAJOR_FRAME;
		if (d < 0)
			d = -d;
		if (d > worst)
			worst = d;
	}
	printf("[P1] %d slot starts recorded, largest offset from the plan %lld us\n", FRAMES,
	       worst);
	printf(worst <= 1 ? "[P1] slot starts unaffected by the spinning partition\n"
			  : "[P1] Verification Failed: slot starts moved\n");
	for (;;)
		prtos_idle_self();
}
