/*
 * attack4_phys_preempt, P0 (system): 64 KB memory_copy calls within itself and into the
 * target's shared inbox (and back), each cut by several slot ends, checked every time;
 * cold resets of the 1 MB target at fixed frames: twice in a row (the second one in the
 * middle of the first one's reload) and later while the target is in its own copy
 * loop. The hypervisor traces every event into a memory block meanwhile, so timer
 * interrupts write records in the middle of the target's reload. At the end: the
 * target came back after each reset, and every record of the hypervisor's stream that
 * is still kept is sealed.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define TARGET 1
#define SRC 0x06080000U
#define DST 0x06100000U
#define BACK 0x06180000U
#define INBOX 0x06400000U /* the target's shared inbox (not cleared by its resets) */
#define SIZE (64 * 1024)
#define WORDS (SIZE / 4)
#define END_FRAME 330

static const prtos_u32_t reset_frames[] = {20, 21, 100, 170, 240};
#define NUM_RESETS (sizeof(reset_frames) / sizeof(reset_frames[0]))

static int failures;

static prtos_u32_t frame_now(prtos_time_t start)
{
	prtos_time_t t;

	prtos_get_time(PRTOS_HW_CLOCK, &t);
	return (prtos_u32_t)((t - start) / MAJOR_FRAME_US);
}

static int same(prtos_u32_t a, prtos_u32_t b)
{
	const volatile prtos_u32_t *x = (const volatile prtos_u32_t *)a,
				   *y = (const volatile prtos_u32_t *)b;
	prtos_u32_t i;

	for (i = 0; i < WORDS; i++)
		if (x[i] != y[i])
			return 0;
	return 1;
}

static void fill(prtos_u32_t addr, prtos_u32_t seed)
{
	volatile prtos_u32_t *w = (volatile prtos_u32_t *)addr;
	prtos_u32_t i;

	for (i = 0; i < WORDS; i++)
		w[i] = seed ^ (i * 2654435761U);
}

static void round_of_copies(prtos_u32_t round)
{
	prtos_s32_t r;

	fill(SRC, round);
	r = prtos_memory_copy(0, DST, 0, SRC, SIZE);
	if (r != PRTOS_OK || !same(SRC, DST)) {
		printf("[Copier] FAIL: round %u: own copy (%d)\n", round, r);
		failures++;
	}
	r = prtos_memory_copy(TARGET, INBOX, 0, SRC, SIZE);
	r |= prtos_memory_copy(0, BACK, TARGET, INBOX, SIZE);
	if (r != PRTOS_OK || !same(SRC, BACK)) {
		printf("[Copier] FAIL: round %u: through the target's inbox (%d)\n", round, r);
		failures++;
	}
}

/*
 * Records of the hypervisor's stream, read back: each carries the core's seal. (Every
 * call appends records of its own, so the stream is read a fixed number of times.)
 */
static void check_trace(void)
{
	prtos_trace_event_t ev;
	prtos_s32_t h = prtos_trace_open(PRTOS_HYPERVISOR_ID), r = 1;
	int n, bad = 0;

	for (n = 0; n < 600 && r == 1; n++) {
		r = prtos_trace_read(h, &ev);
		if (r == 1 && ev.signature != PRTOS_TRACE_SIGNATURE)
			bad++;
	}
	printf("[Copier] hypervisor trace: %d records read, %d unsealed%s\n", n, bad,
	       h < 0 || r != 1 || bad ? " FAIL:" : "");
	if (h < 0 || r != 1 || bad)
		failures++;
}

void partition_main(void)
{
	prtos_part_status_t st;
	prtos_time_t start;
	prtos_u32_t round = 0, k = 0, f;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	while ((f = frame_now(start)) < END_FRAME) {
		if (k < NUM_RESETS && f >= reset_frames[k]) {
			if (prtos_reset_partition(TARGET, PRTOS_COLD_RESET, k) != PRTOS_OK) {
				printf("[Copier] FAIL: reset %u refused\n", k);
				failures++;
			}
			k++;
			if (k < NUM_RESETS && reset_frames[k] == reset_frames[k - 1] + 1)
				prtos_idle_self(); /* the next one in the middle of this reload */
			continue;
		}
		round_of_copies(round++);
	}
	prtos_get_partition_status(TARGET, &st);
	printf("[Copier] %u rounds of copies, %u resets; target: reset counter %u, state %u\n",
	       round, k, st.reset_counter, st.state);
	if (st.reset_counter != NUM_RESETS || st.state == PRTOS_STATUS_HALTED) {
		printf("[Copier] FAIL: the target did not come back\n");
		failures++;
	}
	check_trace();
	printf("[Copier] %d failures\n", failures);
	for (;;)
		prtos_idle_self();
}
