/* forged_area, P0-P2: must never run (their configuration was forged). */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P%d] FAIL: started with a forged area\n", PRTOS_PARTITION_SELF);
	for (;;)
		prtos_idle_self();
}
