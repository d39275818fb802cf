/*
 * redteam3_manage_longcalls, P2 (CPU1) and P3 (CPU0), one image each: spin through their
 * slots (3000-4000 us of each 4 ms frame), note how late each slot starts and the gaps
 * between starts (a missed slot), and check a 64 KiB canary of their own, a slice a slot.
 */
#include <prtos.h>
#include "shared.h"
#include "smp_report.h"

#define FRAME_US 4000
#define SLOT_AT 3000
#define CANARY_WORDS 16384
static volatile prtos_u32_t canary[CANARY_WORDS];
#define PAT(i) (0xC0DE0000U ^ ((prtos_u32_t)(i)*2654435761U))

static prtos_time_t next_slot_start(void)
{
	prtos_time_t t = smp_now(), t2;

	for (;;) {
		t2 = smp_now();
		if (t2 - t > 1500)
			return t2;
		t = t2;
	}
}

void partition_main(void)
{
	prtos_plan_status_t ps;
	prtos_virtual_cpu_status_t vs;
	prtos_time_t now, last = 0;
	prtos_u32_t ready = 0, prev_ready = 0, late, c = smp_apic_id() & 1, i, off = 0;

	for (i = 0; i < CANARY_WORDS; i++)
		canary[i] = PAT(i);
	prtos_get_plan_status(&ps);
	for (;;) {
		now = next_slot_start();
		SHARED->v_frames[c]++;
		late = (prtos_u32_t)((now - ps.switch_time) % FRAME_US);
		late = late >= SLOT_AT ? late - SLOT_AT : late + FRAME_US - SLOT_AT;
		ready = c == 1 || (prtos_get_partition_vcpu_status(1, c, &vs) == PRTOS_OK &&
				   vs.state == PRTOS_STATUS_READY);
		if (!ready) {
			SHARED->v_after_idle[c]++;
			if (late > SHARED->v_after_idle_late[c])
				SHARED->v_after_idle_late[c] = late;
		} else {
			SHARED->v_judged[c]++;
			if (late > SHARED->v_max_late[c])
				SHARED->v_max_late[c] = late;
			if (last && prev_ready && now - last > SHARED->v_max_gap[c])
				SHARED->v_max_gap[c] = (prtos_u32_t)(now - last);
		}
		last = now;
		prev_ready = ready;
		for (i = 0; i < 1024; i++, off = (off + 1) % CANARY_WORDS)
			if (canary[off] != PAT(off))
				SHARED->v_canary_bad[c]++;
	}
}
