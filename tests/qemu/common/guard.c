/*
 * Shared by the hostile scenarios: the attacker's neighbour, a system partition.
 * It records GUARD_FRAMES of its slot starts (the slot-start interrupt) and
 * judges each against the plan itself: the frame starts are the plan's switch
 * time plus whole major frames (MAJOR_FRAME_US, prtos_get_plan_status), and its
 * slot begins GUARD_SLOT_US into each frame. No start may come more than
 * ISOLATION_BOUND_US after that, and none may be missed. It then checks its
 * canary memory, prints a verdict and halts the system.
 *
 * Options (a scenario's EXTRA_CFLAGS): -DGUARD_IPVI=n takes IPVI n's interrupt and
 * counts it; -DGUARD_IRQS_PER_FRAME=k also judges the core's interrupts (every
 * processor's, prtos_get_system_status) over its frames: at most k per frame, plus
 * one per IPVI it took; -DGUARD_GRID_AT_START takes the frame grid from the plan
 * status at its start instead of its end (plans switched meanwhile, all of one major
 * frame: redteam5_plan_race).
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "isolation_bound.h"

#define CANARY_WORDS 256
#define PATTERN(i) (0x5EC70000U | (prtos_u32_t)(i))

static volatile prtos_u32_t canary[CANARY_WORDS];
static prtos_time_t starts[GUARD_FRAMES];
static volatile int count;

static void on_slot_start(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (count < GUARD_FRAMES)
		prtos_get_time(PRTOS_HW_CLOCK, &starts[count++]);
}

#ifdef GUARD_IPVI
static volatile prtos_u32_t ipvis_taken;

static void on_ipvi(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	ipvis_taken++;
}

static void take_ipvi(void)
{
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0 + GUARD_IPVI), on_ipvi);
	prtos_clear_irqmask(0, 1 << (PRTOS_VT_EXT_IPVI0 + GUARD_IPVI));
}
#else
#define ipvis_taken 0U
static void take_ipvi(void)
{
}
#endif

#ifdef GUARD_IRQS_PER_FRAME
static prtos_u64_t core_irqs(void)
{
	prtos_sys_status_t st;

	return prtos_get_system_status(&st) == PRTOS_OK ? st.num_of_irqs : 0;
}

/* Whether the core took at most the interrupts it may have over the guard's frames. */
static int irqs_bounded(prtos_u64_t first)
{
	prtos_u64_t n = core_irqs() - first;
	prtos_u64_t bound = (prtos_u64_t)GUARD_IRQS_PER_FRAME * GUARD_FRAMES + ipvis_taken;

	printf("[Guard] %u IPVIs taken, %llu core interrupts (bound %llu): %s\n", ipvis_taken, n,
	       bound, n <= bound ? "bounded" : "FAIL: too many");
	return n <= bound;
}
#else
static prtos_u64_t core_irqs(void)
{
	return 0;
}

static int irqs_bounded(prtos_u64_t first)
{
	(void)first;
	return 1;
}
#endif

/* The plan status whose switch time starts the frame grid. */
static void plan_status(prtos_plan_status_t *ps)
{
	if (prtos_get_plan_status(ps) != PRTOS_OK) {
		printf("[Guard] FAIL: no plan status\n");
		prtos_halt_system();
	}
}

static int canary_intact(void)
{
	int i;

	for (i = 0; i < CANARY_WORDS; i++)
		if (canary[i] != PATTERN(i))
			return 0;
	return 1;
}

void partition_main(void)
{
	prtos_plan_status_t ps;
	prtos_time_t late, worst = 0, best = -1, frame, prev_frame = -1;
	prtos_u64_t first_irqs;
	int i, ok, missed = 0;

	for (i = 0; i < CANARY_WORDS; i++)
		canary[i] = PATTERN(i);
	printf("[Guard] canary at 0x%x\n", (prtos_u32_t)canary);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), on_slot_start);
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	take_ipvi();
	first_irqs = core_irqs();
#ifdef GUARD_GRID_AT_START
	plan_status(&ps);
#endif
	hw_sti();
	while (count < GUARD_FRAMES)
		prtos_idle_self();
	hw_cli();
#ifndef GUARD_GRID_AT_START
	plan_status(&ps);
#endif
	for (i = 0; i < GUARD_FRAMES; i++) {
		frame = (starts[i] - ps.switch_time) / MAJOR_FRAME_US;
		late = starts[i] - ps.switch_time - frame * MAJOR_FRAME_US - GUARD_SLOT_US;
		if (prev_frame >= 0 && frame != prev_frame + 1)
			missed += (int)(frame - prev_frame - 1);
		prev_frame = frame;
		worst = late > worst ? late : worst;
		best = best < 0 || late < best ? late : best;
	}
	ok = worst <= ISOLATION_BOUND_US && missed == 0;
	printf("[Guard] %d slot starts, %lld to %lld us after the plan, %d missed (bound %d us): "
	       "%s\n",
	       GUARD_FRAMES, best, worst, missed, ISOLATION_BOUND_US,
	       ok ? "on time" : "FAIL: late");
	ok = irqs_bounded(first_irqs) && ok;
	if (!canary_intact()) {
		printf("[Guard] FAIL: my memory changed\n");
		ok = 0;
	} else {
		printf("[Guard] canary intact\n");
	}
	printf("[Guard] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
