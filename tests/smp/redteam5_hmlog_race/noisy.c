/* redteam5_hmlog_race, P1 (normal, one vCPU on each processor): int3 and into (both
 * IGNORE, logged) without pause; each vCPU counts what it raised. */
#include <prtos.h>
#include "smp_report.h"
#define SH ((volatile prtos_u32_t *)0x06800000)
void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1;

	if (v == 0)
		setup_vcpus();
	for (;;) {
		SH[v]++;
		__asm__ volatile("int3");
		SH[v]++;
		__asm__ volatile("movl $0x7fffffff, %%eax\n\taddl $1, %%eax\n\tinto" ::
					 : "eax", "cc");
	}
}
