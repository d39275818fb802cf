/*
 * cross_cpu_hostile, P1 (normal, on processor 1, its slot around the guard's on
 * processor 0): attacks the core from the other processor, PHASE_US each, in turn:
 * (a) spins with virtual interrupts off and no hypercall; (b) faults in a loop (int3,
 * propagated to its own handler, not logged); (c) floods hypercalls: console
 * lines, port calls with bad arguments and full queues, and 256 KiB memory copies.
 * It prints what each phase did; the guard (../../qemu/common/guard.c) judges.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "smp_report.h"

#define PHASE_US 150000
#define BIG (256 * 1024)
#define CONSOLE_EVERY 64 /* one console line in this many flood rounds */
#define COPY_EVERY 8	 /* one 256 KiB copy in this many */

static prtos_u8_t big[BIG + 64];
static volatile prtos_u32_t faults;

static void on_breakpoint(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	faults++;
}

static void spin(void)
{
	prtos_time_t end = smp_now() + PHASE_US;
	volatile prtos_u32_t n = 0;

	hw_cli();
	while (smp_now() < end)
		for (n = 0; n < 100000; n++)
			;
	hw_sti();
	printf("[P1] spun with virtual interrupts off for %d us\n", PHASE_US);
}

static void fault_loop(void)
{
	prtos_time_t end = smp_now() + PHASE_US;
	int i;

	while (smp_now() < end)
		for (i = 0; i < 100; i++)
			__asm__ volatile("int3");
	printf("[P1] %u breakpoints propagated to its own handler\n", faults);
}

/* One flood round; the number of calls that did not return what they must. */
static int flood_round(int q, prtos_u32_t round)
{
	static char line[] = "[P1] console flood line ................................\n";
	int bad = 0, i;

	if (round % CONSOLE_EVERY == 0)
		bad += prtos_write_console(line, sizeof(line) - 1) != (prtos_s32_t)sizeof(line) - 1;
	bad += prtos_send_queuing_message(q + 100, big, 64) >= 0;	   /* no such port */
	bad += prtos_send_queuing_message(q, (void *)0xFFFFF000, 64) >= 0; /* not its memory */
	bad += prtos_receive_queuing_message(q, big, 64) >= 0;		   /* a source port */
	for (i = 0; i < 5; i++)
		prtos_send_queuing_message(q, big, 64); /* the fifth finds the queue full */
	for (i = 0; i < 5; i++)
		prtos_receive_queuing_message(q + 1, big, 64);
	if (round % COPY_EVERY == 0)
		bad += prtos_memory_copy(PRTOS_PARTITION_SELF, (prtos_address_t)big + 1,
					 PRTOS_PARTITION_SELF, (prtos_address_t)big,
					 BIG) != PRTOS_OK;
	return bad;
}

static void flood(void)
{
	prtos_time_t end = smp_now() + PHASE_US;
	int q = prtos_create_queuing_port("QOut", 4, 64, PRTOS_SOURCE_PORT), bad = 0;
	prtos_u32_t rounds = 0;

	if (prtos_create_queuing_port("QIn", 4, 64, PRTOS_DESTINATION_PORT) != q + 1)
		printf("[P1] FAIL: port descriptors\n");
	while (smp_now() < end)
		bad += flood_round(q, rounds++);
	printf("[P1] %u hypercall flood rounds, %d calls returned what they must not\n", rounds,
	       bad);
}

void partition_main(void)
{
	install_trap_handler(3, on_breakpoint);
	hw_sti();
	printf("[P1] attacking from processor %u\n", smp_apic_id());
#ifndef PHASES
#define PHASES 7
#endif
	if (PHASES & 1)
		spin();
	if (PHASES & 2)
		fault_loop();
	if (PHASES & 4)
		flood();
	printf("[P1] done\n");
	if (!PHASES) /* cross_cpu_quiet: the baseline, an attacker that only idles */
		for (;;)
			prtos_idle_self();
	for (;;)
		flood_round(0, 1);
}
