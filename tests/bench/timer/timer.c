/*
 * Virtual timer benchmark: a periodic timer on the HW clock, every 50 us,
 * while the partition stores the TSC in a loop (bench_spin). Each sample runs
 * from the last TSC stored before the timer interrupt (one instruction old at
 * most) to the TSC read by the first instruction the partition runs for the
 * virtual interrupt: its own trap entry, which then enters BAIL's.
 * timer_irq_jitter: how much later than the earliest one, against the plan of
 * a tick every 50 us, each timer interrupt came: the core arms the timer for
 * the expiry every time the same way, or this spreads.
 */
#include <prtos.h>
#include <irqs.h>
#include "bench.h"

#define TICKS BENCH_SCALE(10000, 20)
#define PERIOD_US 50 /* PRTOS_MIN_TIMER_INTERVAL */

void bench_trap_entry(void);
void bail_trap_entry(void);
uint32_t bench_entry_tsc;

__asm__(".text\n"
	".globl bench_trap_entry\n"
	"bench_trap_entry:\n"
	"	rdtsc\n"
	"	movl %eax, bench_entry_tsc\n"
	"	jmp bail_trap_entry\n");

static volatile uint32_t last, done;
static uint32_t latency[TICKS], irq[TICKS];
static uint32_t ticks;

static void timer_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	latency[ticks] = bench_entry_tsc - last;
	irq[ticks] = last;
	if (++ticks == TICKS)
		done = 1;
}

void partition_main(void)
{
	prtos_time_t now;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), timer_handler);
	prtos_set_trap_entry((prtos_address_t)bench_trap_entry);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_HW_TIMER);
	hw_sti();
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	prtos_set_timer(PRTOS_HW_CLOCK, now + PERIOD_US, PERIOD_US);
	bench_spin(&last, &done);
	prtos_set_timer(PRTOS_HW_CLOCK, 0, 0);
	bench_report_hist("timer", latency, TICKS);
	bench_to_jitter(irq, TICKS, PERIOD_US);
	bench_report_hist("timer_irq_jitter", irq, TICKS);
	bench_puts("bench: done\n");
	prtos_halt_system();
}
