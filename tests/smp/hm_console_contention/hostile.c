/*
 * hm_console_contention, Hostile: vCPU 0 (processor 0) raises logged HM events without
 * pause (int3, ignored; divide errors, propagated to its handler, which steps over
 * them), so that the core's [HM] lines take the console on processor 0; vCPU 1
 * (processor 1, its slot just before the guard's) writes 700-byte console lines.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "smp_report.h"

#define LINE 700

static char line[LINE];

static void on_divide(trap_ctxt_t *c)
{
	c->ip += 2; /* divl %ecx */
}

static void raise_events(void)
{
	for (;;) {
		__asm__ volatile("int3");
		__asm__ volatile("xorl %%edx, %%edx\n\tmovl $1, %%eax\n\txorl %%ecx, %%ecx\n\t"
				 "divl %%ecx" ::
					 : "eax", "ecx", "edx", "cc");
	}
}

static void write_lines(void)
{
	int i;

	for (i = 0; i < LINE - 1; i++)
		line[i] = (char)('a' + i % 26);
	line[LINE - 1] = '\n';
	for (;;)
		prtos_write_console(line, LINE);
}

static void vcpu_main(void)
{
	if (prtos_get_vcpuid() == 0)
		raise_events();
	write_lines();
}

void partition_main(void)
{
	install_trap_handler(0, on_divide);
	hw_sti();
	printf("[Hostile] vCPU %u on processor %u\n", prtos_get_vcpuid(), smp_apic_id());
	setup_vcpus();
	vcpu_main();
}
