/* fpu (P2): a partition without the "fp" flag touching the x87 unit is stopped. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P2] using the FPU without the fp flag\n");
	__asm__ volatile("fldz");
	printf("[P2] Verification Failed: the FPU was usable\n");
}
