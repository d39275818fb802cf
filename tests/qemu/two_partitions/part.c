/* two_partitions (P0: 0-1 ms, P1: 1-2 ms of a 2 ms frame): idle_self returns at the
 * next own slot, a slot lasts its configured duration, the EXEC clock counts only own
 * slots, and the PCT reports the current slot. P1 (system) ends the test. */
#include <prtos.h>
#include <stdio.h>

#define FRAME_US 2000
#define SLOT_US 1000
#define SLACK_US 100 /* scheduling overhead allowed around a slot boundary */
#define IDLE_ROUNDS 5
#define BUSY_US 20000

static int self, failures;

static void check(const char *what, long long got, long long lo, long long hi)
{
	int ok = got >= lo && got <= hi;

	printf("[P%d] %s: %lld (%lld..%lld)%s\n", self, what, got, lo, hi, ok ? "" : " FAIL:");
	if (!ok)
		failures++;
}

static prtos_time_t now(prtos_u32_t clock)
{
	prtos_time_t t;

	if (prtos_get_time(clock, &t) != PRTOS_OK) {
		printf("[P%d] FAIL: get_time(%u)\n", self, clock);
		failures++;
	}
	return t;
}

/* Each return from idle_self is the start of the next own slot: one frame apart. */
static void idle_rounds(void)
{
	struct prtos_cyclic_sched_info *info = &prtos_get_pct0()->cyclic_sched_info;
	prtos_time_t before, back, prev_back = 0;
	int i;

	for (i = 0; i < IDLE_ROUNDS; i++) {
		before = now(PRTOS_HW_CLOCK);
		prtos_idle_self();
		back = now(PRTOS_HW_CLOCK);
		check("idle_self slept at least the other slot", back - before, SLOT_US,
		      FRAME_US + SLACK_US);
		if (i)
			check("next own slot one frame later", back - prev_back,
			      FRAME_US - SLACK_US, FRAME_US + SLACK_US);
		prev_back = back;
		check("slot index", info->no_slot, self, self);
		check("slot id", info->id, self, self);
		check("slot duration", info->slot_duration, SLOT_US, SLOT_US);
	}
}

/* Runs flat out for BUSY_US: the longest uninterrupted stretch is one slot, and the
 * EXEC clock advances by about half the HW clock. */
static void busy_frames(void)
{
	prtos_time_t hw0, ex0, hw, ex, last, stretch_start, longest = 0;
	int slots = 0;

	prtos_idle_self(); /* start at the beginning of a slot */
	hw0 = last = stretch_start = now(PRTOS_HW_CLOCK);
	ex0 = now(PRTOS_EXEC_CLOCK);
	do {
		hw = now(PRTOS_HW_CLOCK);
		if (hw - last > SLOT_US / 2) { /* the other partition ran in between */
			if (last - stretch_start > longest)
				longest = last - stretch_start;
			stretch_start = hw;
			slots++;
		}
		last = hw;
	} while (hw - hw0 < BUSY_US);
	ex = now(PRTOS_EXEC_CLOCK);
	hw = now(PRTOS_HW_CLOCK);
	check("own slots while busy", slots, BUSY_US / FRAME_US - 1, BUSY_US / FRAME_US + 1);
	check("longest uninterrupted run (us)", longest, SLOT_US - SLACK_US, SLOT_US + SLACK_US);
	check("EXEC clock <= HW clock", ex <= hw, 1, 1);
	/* 32-bit division: BAIL links no libgcc (no __divdi3). */
	check("EXEC advance in percent of HW advance",
	      (prtos_u32_t)(ex - ex0) * 100 / (prtos_u32_t)(hw - hw0), 40, 60);
}

void partition_main(void)
{
	self = PRTOS_PARTITION_SELF;
	idle_rounds();
	busy_frames();
	printf("[P%d] %s\n", self, failures ? "Verification Failed" : "Verification Passed");
	if (!(prtos_get_pct0()->flags & PRTOS_PART_SYSTEM))
		while (1)
			prtos_idle_self();
	prtos_idle_self(); /* let P0 finish its last report */
	prtos_halt_system();
}
