/* fpu (P0, P1): each "fp" partition sets its own x87 rounding mode and checks, over
 * many slots, that its control word and its results stay its own. It reports to the
 * monitor through the shared results area. */
#include <prtos.h>
#include <stdio.h>
#include "results.h"

#define RC_DOWN 0x0400
#define RC_UP 0x0800
#define RC_MASK 0x0C00
#define RUN_US 20000

static unsigned short read_cw(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void write_cw(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

/* 1/3 rounded to a double in memory (no excess x87 precision), per the rounding mode. */
static double third(void)
{
	volatile double one = 1.0, three = 3.0, r;

	r = one / three;
	return r;
}

void partition_main(void)
{
	unsigned short mode = PRTOS_PARTITION_SELF == 0 ? RC_DOWN : RC_UP;
	prtos_time_t start, now, last = 0;
	unsigned long rounds = 0, slots = 0;
	volatile double golden, x;

	write_cw((read_cw() & ~RC_MASK) | mode);
	golden = third();
	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		x = third();
		if ((read_cw() & RC_MASK) != mode || x != golden) {
			printf("[P%d] Verification Failed: x87 state changed after %lu slots\n",
			       PRTOS_PARTITION_SELF, slots);
			RESULTS->slots[PRTOS_PARTITION_SELF] = slots;
			RESULTS->verdict[PRTOS_PARTITION_SELF] = FPU_CHANGED;
			return;
		}
		rounds++;
		prtos_get_time(PRTOS_HW_CLOCK, &now);
		if (now - last > 500)
			slots++; /* a jump in time: another partition ran in between */
		last = now;
	} while (now - start < RUN_US);
	printf("[P%d] x87 state kept over %s slots\n", PRTOS_PARTITION_SELF,
	       slots >= MIN_SLOTS ? "several" : "too few");
	RESULTS->slots[PRTOS_PARTITION_SELF] = slots;
	RESULTS->verdict[PRTOS_PARTITION_SELF] = FPU_KEPT;
}
