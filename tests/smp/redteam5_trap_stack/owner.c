/* redteam5_trap_stack, P2: fills the shared area with a pattern and checks it each slot. */
#include <prtos.h>
#include <stdio.h>
#define AREA ((volatile prtos_u32_t *)0x06800000)
#define WORDS 1024
#define PAT(i) (0xA5A50000U ^ ((prtos_u32_t)(i)*2654435761U))
void partition_main(void)
{
	prtos_u32_t i, bad, reported = 0, slots = 0;

	for (i = 0; i < WORDS; i++)
		AREA[i] = PAT(i);
	for (;;) {
		prtos_idle_self();
		slots++;
		for (bad = 0, i = 0; i < WORDS; i++)
			if (AREA[i] != PAT(i)) {
				if (reported < 8)
					printf("[P2] FAIL: shared word %u at 0x%x is 0x%x (want "
					       "0x%x)\n",
					       i, (prtos_u32_t)&AREA[i], AREA[i], PAT(i));
				reported++;
				AREA[i] = PAT(i);
				bad++;
			}
		if (slots % 100 == 0)
			printf("[P2] slot %u: %u changed words so far\n", slots, reported);
	}
}
