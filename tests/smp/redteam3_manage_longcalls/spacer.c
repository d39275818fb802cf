/*
 * redteam3_manage_longcalls, P4 (system, CPU1 at 2850-3000 us): spins between P1's vCPU 1
 * and the victim P2, so that CPU1 never idles into P2's slot start. Notes how late its own
 * slot starts come: judged when P1's vCPU 1 was ready (so CPU1 did not idle before it).
 */
#include <prtos.h>
#include "shared.h"
#include "smp_report.h"

#define FRAME_US 4000
#define SLOT_AT 2850

void partition_main(void)
{
	prtos_plan_status_t ps;
	prtos_virtual_cpu_status_t vs;
	prtos_time_t t, t2;
	prtos_u32_t late;

	prtos_get_plan_status(&ps);
	t = smp_now();
	for (;;) {
		t2 = smp_now();
		if (t2 - t > 1500) {
			SHARED->s_frames++;
			late = (prtos_u32_t)((t2 - ps.switch_time) % FRAME_US);
			late = late >= SLOT_AT ? late - SLOT_AT : late + FRAME_US - SLOT_AT;
			if (prtos_get_partition_vcpu_status(1, 1, &vs) == PRTOS_OK &&
			    vs.state == PRTOS_STATUS_READY) {
				SHARED->s_judged++;
				if (late > SHARED->s_max_late)
					SHARED->s_max_late = late;
			} else {
				SHARED->s_after_idle++;
				if (late > SHARED->s_after_idle_late)
					SHARED->s_after_idle_late = late;
			}
			t2 = smp_now();
		}
		t = t2;
	}
}
