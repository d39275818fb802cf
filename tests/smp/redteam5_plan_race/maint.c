/* redteam5_plan_race, P1 (normal, CPU1): int3 without pause; its HM action is
 * SWITCH_TO_MAINTENANCE (plan 1), so each one asks for plan 1 from processor 1.
 * -DNO_MAINT: it only spins. */
#include <prtos.h>
#include "shared.h"

void partition_main(void)
{
	for (;;) {
#ifndef NO_MAINT
		SEEN->maint_int3++;
		__asm__ volatile("int3");
#endif
	}
}
