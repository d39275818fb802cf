/* memory_separation, P0: writes into P1's private memory and is stopped by a page fault. */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

void partition_main(void)
{
	printf("[P0] writing into P1's memory at 0x%x\n", P1_PRIVATE);
	*(volatile unsigned int *)P1_PRIVATE = 0xBAD;
	printf("[P0] Verification Failed: the write went through\n");
}
