/*
 * smp_4cpus, every partition (one per processor, all four slots at the same time):
 * for FRAMES major frames (from frame FIRST) it reads the HW clock as often as it can and notes, per
 * frame, whether it ran inside its slot, and how often it ran outside it. It
 * reports that, its slot starts (slot-start interrupt) and the APIC id of the
 * processor it ran on in the shared area. P0 (the judge) then checks the four
 * reports: each partition ran in every frame's slot window on its own processor,
 * so the four ran side by side.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "isolation_bound.h"
#include "smp_report.h"

#define CPUS 4
#define MAJOR_FRAME_US 2000
#define SLOT_US 1000
#define FIRST 2 /* the first frame judged: boot and start-up before it */
#define FRAMES 50
#define WAIT_FRAMES 200

struct report {
	volatile prtos_u32_t done, apic, frames_seen, outside, starts, apic_changes;
};

#define REPORTS ((struct report *)0x06800000)

static volatile prtos_u32_t starts;

static void on_slot_start(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	starts++;
}

/* Runs for FRAMES frames after the first; fills r. */
static void run(struct report *r, prtos_time_t origin)
{
	static prtos_u8_t seen[FIRST + FRAMES];
	prtos_time_t t, frame, off;
	prtos_u32_t apic = smp_apic_id(), n = 0, i;

	for (;;) {
		t = smp_now();
		frame = (t - origin) / MAJOR_FRAME_US;
		off = (t - origin) % MAJOR_FRAME_US;
		if (frame >= FIRST + FRAMES)
			break;
		if (frame >= FIRST && off < SLOT_US)
			seen[frame] = 1;
		else if (frame >= FIRST && off >= SLOT_US + ISOLATION_BOUND_US)
			r->outside++;
		if (smp_apic_id() != apic)
			r->apic_changes++;
	}
	for (i = FIRST; i < FIRST + FRAMES; i++)
		n += seen[i];
	r->apic = apic;
	r->frames_seen = n;
	r->starts = starts;
	r->done = 1;
}

static int judge_one(prtos_u32_t id)
{
	const struct report *r = &REPORTS[id];
	int ok = r->done && r->apic == id && !r->apic_changes && r->frames_seen == FRAMES &&
		 r->outside == 0 && r->starts >= FRAMES;

	printf("[P0] P%u: %s, on processor %u (%u changes), ran in %u of %d frames' slots, %u "
	       "times outside, %u slot starts: %s\n",
	       id, r->done ? "done" : "NOT done", r->apic, r->apic_changes, r->frames_seen, FRAMES,
	       r->outside, r->starts, ok ? "ok" : "FAIL");
	return ok;
}

static void judge(void)
{
	prtos_u32_t id, done;
	int i, ok = 1;

	for (i = 0; i < WAIT_FRAMES; i++) {
		for (id = 0, done = 0; id < CPUS; id++)
			done += REPORTS[id].done;
		if (done == CPUS)
			break;
		prtos_idle_self();
	}
	for (id = 0; id < CPUS; id++)
		ok &= judge_one(id);
	printf("[P0] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}

void partition_main(void)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF;
	prtos_plan_status_t ps;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), on_slot_start);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	if (prtos_get_plan_status(&ps) != PRTOS_OK)
		printf("[P%u] FAIL: no plan status\n", me);
	run(&REPORTS[me], ps.switch_time);
	printf("[P%u] ran on processor %u\n", me, REPORTS[me].apic);
	if (me == 0)
		judge();
	for (;;)
		prtos_idle_self();
}
