/* ipvi, P0: a 20 ms periodic HW-clock timer; each tick posts VALUE(k) in the shared area and
 * raises IPVI2, which the XML routes to P1 only. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "mailbox.h"

#define PERIOD 20000LL

static volatile unsigned int ticks;

static void hw_timer_handler(trap_ctxt_t *ctxt)
{
	prtos_s32_t r;

	(void)ctxt;
	if (ticks >= ROUNDS)
		return;
	ticks++;
	MAILBOX->value = VALUE(ticks);
	MAILBOX->seq = ticks;
	r = prtos_raise_ipvi(IPVI_NO);
	printf("[P0] tick %d: posted %d, raise_ipvi returned %d\n", ticks, VALUE(ticks), r);
}

void partition_main(void)
{
	prtos_time_t now;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), hw_timer_handler);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	prtos_set_timer(PRTOS_HW_CLOCK, now + PERIOD, PERIOD);
	while (ticks < ROUNDS)
		prtos_idle_self();
	prtos_set_timer(PRTOS_HW_CLOCK, 0, 0);
	/* IPVI3 is not configured for P0 */
	printf("[P0] raise_ipvi(IPVI3) returned %d\n", prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0 + 3));
	for (;;)
		prtos_idle_self();
}
