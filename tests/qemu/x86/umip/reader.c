/*
 * umip, P0 (normal): the instructions that read the core's descriptor-table
 * registers and the machine status word must raise #GP (the run uses a CPU
 * model with UMIP; QEMU's default one has none, see doc/security.md).
 */
#include <prtos.h>
#include <stdio.h>
#include "probe.h"

#define GP 13

unsigned char table[8]; /* sgdt/sidt target, named in the asm */
static int failures;

static void expect_gp(prtos_s32_t vector, const char *what)
{
	if (vector == GP) {
		printf("[P0] %s: #GP\n", what);
		return;
	}
	printf("[P0] FAIL: %s: vector %d\n", what, vector);
	failures++;
}

void partition_main(void)
{
	probe_init();
	expect_gp(PROBE("sgdt table"), "sgdt");
	expect_gp(PROBE("sidt table"), "sidt");
	expect_gp(PROBE("sldt %%ax"), "sldt");
	expect_gp(PROBE("str %%ax"), "str");
	expect_gp(PROBE("smsw %%ax"), "smsw");
	printf("[P0] %d failures\n", failures);
	for (;;)
		prtos_idle_self();
}
