/* timers, P1 (system): a 100 ms periodic timer on the EXEC clock, five ticks, while P1
 * computes. Its ticks follow P1's own execution time, which grows only in P1's slots. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define PERIOD 100000LL
#define TICKS 5
#define END_OF_TEST 6000000LL

static volatile int ticks;
static int wrong;

static void exec_timer_handler(trap_ctxt_t *ctxt)
{
	prtos_time_t exec, hw;

	(void)ctxt;
	prtos_get_time(PRTOS_EXEC_CLOCK, &exec);
	prtos_get_time(PRTOS_HW_CLOCK, &hw);
	ticks++;
	printf("[P1] EXEC timer tick %d at %lld us of execution\n", ticks, exec);
	if (exec < ticks * PERIOD || exec >= hw)
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
	printf(wrong ? "[P1] Verification Failed: a tick before its execution time\n"
		     : "[P1] Verification Passed\n");
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now < END_OF_TEST);
	prtos_halt_system();
}
