/*
 * redteam_vcpu_storm, P2 (victim, processor 1): counts its slots and notes how late each
 * of its slot starts came (it runs from 10 ms of each 20 ms frame).
 *
 * It spins through its slots rather than idling: under QEMU's -icount, a processor
 * halted at a slot boundary may take its timer interrupt only when the other processor's
 * turn ends, up to a whole slot late (QEMU's monitor showed the timer expired, no vector
 * in service or pending, the processor in hlt, no lock held). Busy, it always takes it.
 */
#include <prtos.h>
#include "shared.h"
#include "smp_report.h"

/* The start of its next slot: the clock jumps while the partition is switched out. */
static prtos_time_t next_slot_start(void)
{
	prtos_time_t t = smp_now(), t2;

	for (;;) {
		t2 = smp_now();
		if (t2 - t > 3000)
			return t2;
		t = t2;
	}
}

void partition_main(void)
{
	prtos_plan_status_t ps;
	prtos_time_t now, last = 0;
	prtos_u32_t late;

	for (;;) {
		SHARED->p2_frames++;
		now = next_slot_start();
		prtos_get_plan_status(&ps);
		late = (prtos_u32_t)((now - ps.switch_time) % 20000);
		late = late >= 10000 ? late - 10000 : late + 10000;
		if (late > SHARED->p2_max_late) {
			SHARED->p2_max_late = late;
			SHARED->p2_max_late_frame = SHARED->p2_frames;
		}
		if (last && now - last > SHARED->p2_max_gap) {
			SHARED->p2_max_gap = (prtos_u32_t)(now - last);
			SHARED->p2_max_gap_at = (prtos_u32_t)now;
		}
		last = now;
	}
}
