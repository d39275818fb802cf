/*
 * ldt_selector, P0 (normal): loads and calls through selectors a partition must
 * not use. With the LDT left in its reset state (base 0), an LDT selector made
 * the CPU read a descriptor at linear 0, where a partition could build a call
 * gate into ring 0. Each must raise #GP with the selector as error code.
 */
#include <prtos.h>
#include <stdio.h>
#include "probe.h"

#define GP 13

static int failures, probes;

static void expect_gp(prtos_s32_t vector, prtos_u32_t err, const char *what)
{
	probes++;
	if (vector == GP && probe_err == err) {
		printf("[P0] %s: #GP(0x%x)\n", what, err);
		return;
	}
	printf("[P0] FAIL: %s: vector %d, error 0x%x (expected #GP(0x%x))\n", what, vector,
	       probe_err, err);
	failures++;
}

static prtos_u32_t read_ds(void)
{
	prtos_u32_t ds;

	__asm__ volatile("mov %%ds, %0" : "=r"(ds));
	return ds & 0xFFFF;
}

void partition_main(void)
{
	probe_init();
	expect_gp(PROBE("mov $0x07, %%ax\n\tmov %%ax, %%ds"), 0x04, "LDT selector 0x07 in DS");
	expect_gp(PROBE("mov $0x0f, %%ax\n\tmov %%ax, %%fs"), 0x0C, "LDT selector 0x0f in FS");
	expect_gp(PROBE("lcall $0x07, $0"), 0x04, "far call through LDT selector 0x07");
	expect_gp(PROBE("ljmp $0x0f, $0"), 0x0C, "far jump through LDT selector 0x0f");
	expect_gp(PROBE("mov $0x10, %%ax\n\tmov %%ax, %%es"), 0x10, "kernel data selector in ES");
	expect_gp(PROBE("mov $0x28, %%ax\n\tmov %%ax, %%gs"), 0x28, "TSS selector in GS");
	expect_gp(PROBE("lcall $0x28, $0"), 0x28, "far call to the TSS");
	expect_gp(PROBE("ljmp $0x08, $0"), 0x08, "far jump to the kernel code selector");
	expect_gp(PROBE("mov $0x33, %%ax\n\tmov %%ax, %%ds"), 0x30, "selector past the GDT");
	expect_gp(PROBE("xor %%eax, %%eax\n\tlldt %%ax"), 0, "lldt");
	if (read_ds() != PRTOS_USER_DS) {
		printf("[P0] FAIL: DS is 0x%x after the probes\n", read_ds());
		failures++;
	}
	printf("[P0] %d probes, %d failures\n", probes, failures);
	for (;;)
		prtos_idle_self();
}
