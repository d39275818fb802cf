/*
 * Scheduling benchmark, P1: in each of its slots, reads the TSC as its first
 * instruction, then gives the slot back. Its slot follows the spinner's:
 *   switch  from the spinner's last TSC before the switch to this first one:
 *           the last instruction of one partition to the first of the next
 *   jitter  how much later than the earliest one each slot started, against
 *           the plan (a start every major frame, in the core's clock: the
 *           control table's cpu_khz turns TSC cycles into microseconds)
 * The first instruction is exact: the meter gives its slot back with
 * prtos_idle_self(), and its next slot resumes at the instruction after that
 * hypercall's int, a rdtsc (its virtual interrupts stay masked, so nothing
 * is delivered first).
 */
#include <prtos.h>
#include <stdio.h>
#include <prtos_hcall.h>
#include "bench.h"
#include "sched.h"

#define FRAMES BENCH_SCALE(10000, 20)
#define HCALL_IDLE_SELF 2 /* X(2, idle_self, ...) of <prtos/hypercalls.h> */

static uint32_t switches[FRAMES], starts[FRAMES];

/* Gives the rest of the slot back; returns the TSC at the first instruction of the
 * next slot. */
static uint32_t idle_then_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile(PRTOS_HCALL_INSN "\n\trdtsc"
			 : "=a"(lo), "=d"(hi)
			 : "a"(HCALL_IDLE_SELF)
			 : "ebx", "ecx", "esi", "edi", "memory");
	return lo;
}

void partition_main(void)
{
	uint32_t k, t;

	idle_then_rdtsc(); /* from here on, every slot starts with the spinner preempted */
	for (k = 0; k < FRAMES; k++) {
		t = idle_then_rdtsc();
		switches[k] = t - SHARED->spinner_last;
		starts[k] = t;
	}
	bench_report_hist("switch", switches, FRAMES);
	bench_to_jitter(starts, FRAMES, MAJOR_FRAME_US);
	bench_report_hist("jitter", starts, FRAMES);
	bench_puts("bench: done\n");
	prtos_halt_system();
}
