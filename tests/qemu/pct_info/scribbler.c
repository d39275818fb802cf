/* pct_info (P1, normal): reads its own control table, then writing it must page fault. */
#include <prtos.h>
#include <stdio.h>

#define WAIT_FRAMES 20

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct0();
	int i;

	for (i = 0; i < WAIT_FRAMES; i++)
		prtos_idle_self(); /* let P0 finish its report first */
	printf("[P1] I am %s, id %d, flags 0x%x\n", pct->name, pct->id, pct->flags);
	printf("[P1] writing my control table's flags at 0x%x\n", (prtos_u32_t)&pct->flags);
	pct->flags |= PRTOS_PART_SYSTEM;
	printf("[P1] FAIL: the control table is writable (flags 0x%x)\n", pct->flags);
	printf("[P1] Verification Failed\n");
}
