/*
 * redteam5_plan_overlap, A (P1, processor 0) and B (P2, processor 1), one image. While on,
 * each bumps its heartbeat and, over windows of 30 us, watches the other's: three windows
 * in a row in which the other's heartbeat moved mean both ran at once for 90 us, which no
 * plan allows (a slot boundary skew between processors is a few microseconds).
 */
#include <prtos.h>
#include "shared.h"
#include "smp_report.h"

void partition_main(void)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF, other = me == 1 ? 2 : 1, seen, run = 0;
	prtos_time_t t0, t;

	for (;;) {
		seen = MX->beat[other];
		t0 = smp_now();
		do {
			MX->beat[me]++;
			t = smp_now();
		} while (t - t0 < 30);
		if (t - t0 > 60) { /* a slot boundary in between: start again */
			run = 0;
			continue;
		}
		MX->windows[me]++;
		if (MX->beat[other] != seen) {
			if (++run == 3) {
				if (!MX->overlaps[me])
					MX->first_at[me] = (prtos_u32_t)t;
				MX->overlaps[me]++;
				MX->last_at[me] = (prtos_u32_t)t;
			}
		} else
			run = 0;
	}
}
