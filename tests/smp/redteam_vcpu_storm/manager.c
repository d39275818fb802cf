/*
 * redteam_vcpu_storm, P0 (system, processor 0): every few frames suspends/resumes, halts and
 * resets the hostile P1 while its vCPUs hammer each other; at the end reports the shared
 * counters and the first failure the hostile partition saw.
 */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

#define FRAMES 150
/* P2's slot starts: cross_cpu_hostile's bound (the one-processor 100 us plus QEMU's turns). */
#define P2_LATE_BOUND_US 160
#define FRAME_US 20000

void partition_main(void)
{
	prtos_u32_t f;

	for (f = 1; f <= FRAMES; f++) {
		prtos_idle_self();
		SHARED->p0_seq++; /* odd: acting on P1 */
		switch (f % 10) {
		case 2:
			prtos_suspend_partition(1);
			prtos_resume_partition(1);
			break;
		case 5:
			prtos_reset_partition(1, PRTOS_WARM_RESET, 100 + f);
			break;
		case 8:
			prtos_halt_partition(1);
			prtos_reset_partition(1, PRTOS_WARM_RESET, 200 + f);
			prtos_reset_partition(1, PRTOS_WARM_RESET, 300 + f);
			break;
		}
		SHARED->p0_seq++;
		SHARED->p0_actions++;
		if (f % 50 == 0)
			printf("[P0] frame %u: rounds %u rapid %u lives %u/%u self_resets %u "
			       "self_susp %u copies %u pokes %u p2 %u excused %u fails %u\n",
			       f, SHARED->rounds, SHARED->rapid, SHARED->lives[0], SHARED->lives[1],
			       SHARED->self_resets, SHARED->self_suspends, SHARED->v0_copies,
			       SHARED->v0_pokes, SHARED->p2_frames, SHARED->excused, SHARED->fails);
	}
	printf("[P0] P2: max lateness %u us (frame %u), max gap between its slot starts %u us "
	       "(at %u us)\n",
	       SHARED->p2_max_late, SHARED->p2_max_late_frame, SHARED->p2_max_gap,
	       SHARED->p2_max_gap_at);
	if (SHARED->p2_max_late > P2_LATE_BOUND_US)
		shared_fail(FAIL_P2_LATE, SHARED->p2_max_late, P2_LATE_BOUND_US);
	if (SHARED->p2_max_gap > FRAME_US + P2_LATE_BOUND_US) /* a slot of P2's missed */
		shared_fail(FAIL_P2_GAP, SHARED->p2_max_gap, FRAME_US + P2_LATE_BOUND_US);
	if (SHARED->fails)
		printf("[P0] FAIL: %u failures, first code %u (0x%x, 0x%x)\n", SHARED->fails,
		       SHARED->first_fail, SHARED->first_fail_val, SHARED->first_fail_val2);
	printf("[P0] %s\n", SHARED->fails ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
