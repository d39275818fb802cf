/* fpu_leak, P0 (fp): leaves secrets in the x87/MMX registers and keeps them there. */
#include <prtos.h>
#include <stdio.h>
#include "x87.h"

void partition_main(void)
{
	x87_fill(0x5EC2E7);
	printf("[P0] secrets loaded in ST0-ST7\n");
	for (;;)
		prtos_idle_self();
}
