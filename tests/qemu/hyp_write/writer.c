/* hyp_write (P0): writes the first word of hypervisor memory; must be halted by the HM. */
#include <prtos.h>
#include <stdio.h>

#define HYP_BASE 0x01000000

void partition_main(void)
{
	volatile prtos_u32_t *hyp = (volatile prtos_u32_t *)HYP_BASE;

	printf("[P0] writing hypervisor memory at 0x%x\n", HYP_BASE);
	*hyp = 0xDEADBEEF;
	printf("[P0] FAIL: the write to hypervisor memory succeeded\n");
	printf("[P0] Verification Failed\n");
}
