/* Shared by hcall_pointers and manage_pointers, P1: owns the memory P0 aims at; checks it stayed untouched. */
#include <prtos.h>
#include <stdio.h>

#define PATTERN 0x5A5A5A5AU
static volatile prtos_u32_t canary[64] = {[0 ... 63] = PATTERN};

void partition_main(void)
{
	int i, bad = 0;

	printf("[P1] canary at 0x%x\n", (prtos_u32_t)canary);
	for (;;) {
		for (i = 0; i < 64; i++)
			bad |= canary[i] != PATTERN;
		if (bad)
			printf("[P1] Verification Failed: my memory changed\n");
		prtos_idle_self();
	}
}
