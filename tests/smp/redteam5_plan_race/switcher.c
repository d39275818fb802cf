/*
 * redteam5_plan_race, P0 (system, vCPU 0 on CPU0, vCPU 1 on CPU1). Each vCPU asks for plan
 * 1 or 2 (random) without pause, right up to the frame boundary in plans 1 and 2. At
 * each slot start (the slot-start interrupt) it notes the slot's offset in the 2 ms
 * frame: its first slot of a frame starts at 0, 100 or 200 us in plan 0, 1 or 2, so the
 * offset tells the plan its processor runs. vCPU 0 then compares both processors, frame
 * by frame: they must always run the same plan.
 * -DASKERS=m: only the vCPUs in mask m ask (0: none, only P1's HM action switches).
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "shared.h"
#include "smp_report.h"

#define FRAME_US 2000
#define FRAMES 380

static prtos_time_t base;
static volatile prtos_u32_t done;

static void on_slot_start(trap_ctxt_t *ctxt)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1, off, f, p, late;
	prtos_time_t t;

	(void)ctxt;
	prtos_get_time(PRTOS_HW_CLOCK, &t);
	f = (prtos_u32_t)((t - base) / FRAME_US);
	off = (prtos_u32_t)((t - base) % FRAME_US);
	SEEN->starts[v]++;
	if (off < 1000) {
		p = (off + 20) / 100; /* 0..2 (+ lateness < 80 us) */
		late = off - p * 100;
		if (late > SEEN->late_max[v])
			SEEN->late_max[v] = late;
		if (p > 2 || late > 160) {
			SEEN->odd[v]++;
			SEEN->odd_off[v] = off;
		} else if (f < NF) {
			prtos_plan_status_t ps;

			SEEN->plan[v][f] = (prtos_u8_t)(1 + p);
			SEEN->at[v][f] = (prtos_u32_t)t;
			if (prtos_get_plan_status(&ps) == PRTOS_OK) {
				SEEN->cur[v][f] = (prtos_u8_t)ps.current;
				SEEN->sw[v][f] = (prtos_u32_t)ps.switch_time;
			}
		}
	} else if (!((off >= 1300 && off < 1300 + 160) || (off >= 1400 && off < 1400 + 160))) {
		SEEN->odd[v]++;
		SEEN->odd_off[v] = off;
	}
}

static prtos_u32_t rnd_state;
static prtos_u32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245U + 12345U;
	return rnd_state >> 8;
}

void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1, cur, f, both = 0, differ = 0, shown = 0, n[3];
	prtos_plan_status_t ps;
	prtos_s32_t r;

	if (v == 0) {
		prtos_get_plan_status(&ps);
		base = ps.switch_time;
		setup_vcpus();
	}
	rnd_state = 99 + v;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), on_slot_start);
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	while (!done) {
#ifdef ASKERS
		if (!(ASKERS & (1U << v))) {
			if (v == 0 && SEEN->starts[0] > 2 * FRAMES)
				done = 1;
			continue;
		}
#endif
		r = prtos_switch_sched_plan(1 + (rnd() & 1), &cur);
		SEEN->asks[v]++;
		if (r == PRTOS_OK || r == PRTOS_NO_ACTION)
			SEEN->ask_ok[v]++;
		else
			SEEN->ask_bad[v]++;
		if (cur > 2)
			SEEN->status_bad[v]++;
		if (v == 0 && SEEN->starts[0] > 2 * FRAMES)
			done = 1;
	}
	if (v == 1)
		for (;;)
			prtos_idle_self();
	hw_cli();
	n[0] = n[1] = n[2] = 0;
	printf("[P0] base %u; frames 20-27, processor 0 / 1: first slot at, plan seen\n",
	       (prtos_u32_t)base);
	for (f = 20; f < 28; f++)
		printf("[P0]   frame %u: %u plan %u (status %u since %u) / %u plan %u (status %u "
		       "since %u)\n",
		       f, SEEN->at[0][f], SEEN->plan[0][f] - 1, SEEN->cur[0][f], SEEN->sw[0][f],
		       SEEN->at[1][f], SEEN->plan[1][f] - 1, SEEN->cur[1][f], SEEN->sw[1][f]);
	for (f = 2; f < FRAMES - 2 && f < NF; f++) {
		if (!SEEN->plan[0][f] || !SEEN->plan[1][f])
			continue;
		both++;
		n[SEEN->cur[0][f] % 3]++;
		/* the plan each processor's own status names, and the switch time: both must
		 * agree (the slot offsets are reported, a late start can read as plan 2) */
		if (SEEN->cur[0][f] != SEEN->cur[1][f] || SEEN->sw[0][f] != SEEN->sw[1][f]) {
			differ++;
			if (shown++ < 5)
				printf("[P0] FAIL: frame %u: processor 0 looks like plan %u (first "
				       "slot at %u, "
				       "status: plan %u since %u), processor 1 like plan %u (first "
				       "slot at "
				       "%u, status: plan %u since %u)\n",
				       f, SEEN->plan[0][f] - 1, SEEN->at[0][f], SEEN->cur[0][f],
				       SEEN->sw[0][f], SEEN->plan[1][f] - 1, SEEN->at[1][f],
				       SEEN->cur[1][f], SEEN->sw[1][f]);
		}
	}
	prtos_get_plan_status(&ps);
	printf("[P0] %u frames seen on both processors (plans 0/1/2: %u/%u/%u), %u differ; "
	       "asks %u/%u (%u/%u bad); odd slot starts %u/%u (last at %u/%u us); latest "
	       "first-slot start %u/%u us; int3s %u; plan now %d (switch at %lld)\n",
	       both, n[0], n[1], n[2], differ, SEEN->asks[0], SEEN->asks[1], SEEN->ask_bad[0],
	       SEEN->ask_bad[1], SEEN->odd[0], SEEN->odd[1], SEEN->odd_off[0], SEEN->odd_off[1],
	       SEEN->late_max[0], SEEN->late_max[1], SEEN->maint_int3, ps.current, ps.switch_time);
	/* Its own slot starts on processor 0 come late under its own vCPU 1's flood of the
	 * core from processor 1 (the core lock, QEMU's turns): "odd" is reported, not
	 * judged; the guard judges another partition's. */
	printf("[P0] plan race: %s\n",
	       differ || SEEN->ask_bad[0] || SEEN->ask_bad[1] || both < 100 ? "FAIL" : "held");
	for (;;)
		prtos_idle_self();
}
