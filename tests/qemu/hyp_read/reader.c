/* hyp_read (P0, P1): reads a word of hypervisor memory (P0: its first word, P1: its
 * last word); each must be halted by the HM before printing what it read. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_u32_t addr = PRTOS_PARTITION_SELF == 0 ? 0x01000000 : 0x013FFFFC;
	volatile prtos_u32_t *p = (volatile prtos_u32_t *)addr;
	prtos_u32_t v;

	printf("[P%d] reading hypervisor memory at 0x%x\n", PRTOS_PARTITION_SELF, addr);
	v = *p;
	printf("[P%d] FAIL: read 0x%x from hypervisor memory\n", PRTOS_PARTITION_SELF, v);
	printf("[P%d] Verification Failed\n", PRTOS_PARTITION_SELF);
}
