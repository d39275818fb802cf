/*
 * fpu_leak, P1 (fp): right after it starts, and again after a cold and a warm
 * reset of itself (with its own values left in the registers), reads the x87
 * registers: each time they must be clean, with fninit's control and tag words.
 */
#include <prtos.h>
#include <stdio.h>
#include "x87.h"

static const char *const runs[] = {"first run", "after a cold reset", "after a warm reset"};

void partition_main(void)
{
	unsigned short cw, tags;
	int dirty = x87_dirty_bytes(&cw, &tags);
	prtos_u32_t run = prtos_get_pct()->reset_counter;

	if (run > 2)
		run = 2;
	if (dirty || cw != 0x037F || tags != 0xFFFF)
		printf("[P1] FAIL: %s: %d register bytes set, control word 0x%x, tags 0x%x\n",
		       runs[run], dirty, cw, tags);
	else
		printf("[P1] %s: x87 registers clean\n", runs[run]);
	if (run < 2) {
		x87_fill(0xA11CE + run);
		prtos_reset_partition(PRTOS_PARTITION_SELF,
				      run == 0 ? PRTOS_COLD_RESET : PRTOS_WARM_RESET, run + 1);
		printf("[P1] FAIL: the reset returned\n");
	}
	for (;;)
		prtos_idle_self();
}
