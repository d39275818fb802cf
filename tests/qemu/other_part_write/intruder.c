/* other_part_write (P0 writes, P2 reads): touches P1's buffer; the HM must halt it. */
#include <prtos.h>
#include <stdio.h>

#define VICTIM_BUF 0x06180000 /* inside P1's area, see owner.c */

void partition_main(void)
{
	volatile prtos_u32_t *victim = (volatile prtos_u32_t *)VICTIM_BUF;
	int self = PRTOS_PARTITION_SELF;
	prtos_u32_t v = 0;

	if (self == 0) {
		printf("[P0] writing P1's memory at 0x%x\n", VICTIM_BUF);
		victim[0] = 0xBAD0BAD0;
	} else {
		printf("[P%d] reading P1's memory at 0x%x\n", self, VICTIM_BUF);
		v = victim[0];
	}
	printf("[P%d] FAIL: accessed P1's memory (0x%x)\n", self, v);
	printf("[P%d] Verification Failed\n", self);
}
