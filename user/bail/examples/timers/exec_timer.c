/* timers, P1 (system): a 21.5 ms periodic timer on the EXEC clock, five ticks, while
 * P1 computes. Its ticks follow P1's own execution time, which grows only in P1's
 * 5 ms slots; the period is not a multiple of the slot, so the ticks fall inside
 * them. Each tick must come neither early nor late, in execution time: at most 50 us
 * after it was due (the timer interrupt, its delivery and the handler's get_time;
 * 21 us measured). */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define PERIOD 21500LL
#define TICKS 5
#define TOLERANCE 50LL
#define END_OF_TEST 6000000LL

static volatile int ticks;
static int wrong;

static void exec_timer_handler(trap_ctxt_t *ctxt)
{
	prtos_time_t exec, hw, due = (ticks + 1) * PERIOD;

	(void)ctxt;
	prtos_get_time(PRTOS_EXEC_CLOCK, &exec);
	prtos_get_time(PRTOS_HW_CLOCK, &hw);
	ticks++;
	printf("[P1] EXEC timer tick %d at %lld us of execution, %lld us after it was due\n", ticks,
	       exec, exec - due);
	if (exec < due || exec - due > TOLERANCE || exec >= hw)
		wrong = 1;
}

void partition_main(void)
{
	prtos_time_t now;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_EXEC_TIMER), exec_timer_handler);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_EXEC_TIMER);
	hw_sti();
	prtos_set_timer(PRTOS_EXEC_CLOCK, PERIOD, PERIOD);
	while (ticks < TICKS)
		; /* compute: only the EXEC clock of this partition moves the timer */
	prtos_set_timer(PRTOS_EXEC_CLOCK, 0, 0);
	printf(wrong ? "[P1] Verification Failed: a tick early, or more than 50 us late\n"
		     : "[P1] Verification Passed\n");
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now < END_OF_TEST);
	prtos_halt_system();
}
