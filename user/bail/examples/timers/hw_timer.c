/* timers, P0: a 1 s periodic timer on the HW clock, five ticks. Each tick must come
 * within one major frame after its due time (it is delivered in P0's next slot). */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define PERIOD 1000000LL
#define MAJOR_FRAME 10000LL
#define TICKS 5

static volatile int ticks;
static prtos_time_t first_due;
static int late;

static void hw_timer_handler(trap_ctxt_t *ctxt)
{
	prtos_time_t now, due = first_due + ticks * PERIOD;

	(void)ctxt;
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	ticks++;
	printf("[P0] HW timer tick %d, handled %lld us after it was due (in P0's next slot)\n",
	       ticks, now - due);
	if (now < due || now - due > MAJOR_FRAME)
		late = 1;
}

void partition_main(void)
{
	prtos_time_t now;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), hw_timer_handler);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	first_due = now + PERIOD;
	prtos_set_timer(PRTOS_HW_CLOCK, first_due, PERIOD);
	while (ticks < TICKS)
		prtos_idle_self();
	prtos_set_timer(PRTOS_HW_CLOCK, 0, 0);
	if (late)
		printf("[P0] Verification Failed: a tick came outside its frame\n");
	else
		printf("[P0] Verification Passed\n");
}
