/*
 * Shared by the hostile scenarios: the attacker's neighbour, a system partition.
 * It records GUARD_FRAMES of its own slot starts while the attacker runs in the
 * same major frame (MAJOR_FRAME_US), checks that none moved more than
 * ISOLATION_BOUND_US from the plan or went missing, checks that its canary
 * memory is untouched, and ends the run.
 */
#include <prtos.h>
#include <stdio.h>
#include "isolation_bound.h"
#include "slot_starts.h"

#define CANARY_WORDS 256
#define PATTERN(i) (0x5EC70000U | (prtos_u32_t)(i))

static volatile prtos_u32_t canary[CANARY_WORDS];
static prtos_time_t starts[GUARD_FRAMES];

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
	prtos_time_t worst;
	int i, ok;

	for (i = 0; i < CANARY_WORDS; i++)
		canary[i] = PATTERN(i);
	printf("[Guard] canary at 0x%x\n", (prtos_u32_t)canary);
	worst = slot_starts_worst_offset(starts, GUARD_FRAMES, MAJOR_FRAME_US);
	ok = worst <= ISOLATION_BOUND_US;
	printf("[Guard] %d slot starts, largest offset from the plan %lld us (bound %d): %s\n",
	       GUARD_FRAMES, worst, ISOLATION_BOUND_US, ok ? "on time" : "FAIL: late");
	if (!canary_intact()) {
		printf("[Guard] FAIL: my memory changed\n");
		ok = 0;
	} else {
		printf("[Guard] canary intact\n");
	}
	printf("[Guard] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
