/*
 * cross_cpu_ipvi, both partitions (P0 on processor 0, P1 on processor 1, slots at the
 * same time). Round k runs in frame FIRST_FRAME + k: in even rounds P0 sends an IPVI
 * to P1, in odd ones P1 to P0. The receiver spins in its slot with no hypercall, so
 * that only the core's reschedule IPI can bring the IPVI to it before its slot ends;
 * its handler reads the HW clock and takes the delay from the sender's reading just
 * before the raise. Each partition reports what it received in the shared area;
 * P0 judges both: every IPVI arrived in the frame it was sent in, within BOUND_US.
 *
 * Under QEMU's -icount the processors run in turns in one host thread, and a turn
 * ends when the processor halts or executes `pause` (or at a timer deadline). So the
 * sender gives its slot back after the raise (its processor idles), and the receiver
 * spins with `pause`, which hands the turn over without entering the core.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "smp_report.h"

#define MAJOR_FRAME_US 20000
#define SLOT_US 10000
#define SEND_AT_US 1000 /* into the sender's slot */
#define ROUNDS 40	/* 20 each way */
#define FIRST_FRAME 2
/*
 * The IPVI's way from the raise to the receiver's handler: the raise hypercall, the
 * reschedule IPI, the receiver's interrupt entry and schedule(), the delivery of the
 * virtual interrupt and the handler's clock reading, plus the sender's way into its
 * idle loop before it hands over its turn: a few thousand instructions, about 50 us
 * at -icount's 16 ns each. Twice that for a margin; without the IPI the IPVI would
 * wait for the end of the receiver's slot (9 ms) and arrive in its next one.
 */
#define BOUND_US 100

struct side {
	volatile prtos_time_t sent_at[ROUNDS]; /* this side's raises, per round */
	volatile prtos_u32_t sent, received, late, wrong_frame, skipped, done;
	volatile prtos_s64_t min_delay, max_delay;
};

#define SIDES ((struct side *)0x06800000)

static prtos_time_t origin;
static volatile prtos_u32_t got_round, slot_starts;

static prtos_u32_t frame_of(prtos_time_t t)
{
	return (prtos_u32_t)((t - origin) / MAJOR_FRAME_US);
}

static void on_slot_start(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	slot_starts++;
}

/* The IPVI of round (frame - FIRST_FRAME), if it was sent in this frame. */
static void on_ipvi(trap_ctxt_t *ctxt)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF;
	struct side *s = &SIDES[me];
	prtos_time_t now = smp_now();
	prtos_u32_t k = frame_of(now) - FIRST_FRAME;
	prtos_s64_t d;

	(void)ctxt;
	s->received++;
	if (k >= ROUNDS || !SIDES[1 - me].sent_at[k] ||
	    (now - origin) % MAJOR_FRAME_US >= SLOT_US) {
		s->wrong_frame++;
		return;
	}
	d = now - SIDES[1 - me].sent_at[k];
	s->min_delay = s->received == 1 || d < s->min_delay ? d : s->min_delay;
	s->max_delay = d > s->max_delay ? d : s->max_delay;
	s->late += d > BOUND_US;
	got_round = k + 1;
}

/* Waits for frame f; 0 if it is past already. */
static int reach(prtos_u32_t f)
{
	while (frame_of(smp_now()) < f)
		prtos_idle_self();
	return frame_of(smp_now()) == f;
}

static void send(prtos_u32_t me, prtos_u32_t k)
{
	prtos_time_t t;

	do
		t = smp_now();
	while ((t - origin) % MAJOR_FRAME_US < SEND_AT_US);
	if (frame_of(t) != FIRST_FRAME + k) {
		SIDES[me].skipped++;
		return;
	}
	SIDES[me].sent_at[k] = t;
	SIDES[me].sent++;
	if (prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0 + me) != PRTOS_OK)
		printf("[P%u] FAIL: raise_ipvi\n", me);
}

/* Spins, with no hypercall, until the IPVI of round k came or a slot started (this
 * one ended without it). */
static void receive(prtos_u32_t k)
{
	prtos_u32_t starts = slot_starts;

	while (got_round <= k && slot_starts == starts)
		__asm__ volatile("pause");
}

static void judge(void)
{
	prtos_u32_t i;
	int ok = 1;

	for (i = 0; i < 10 && !SIDES[1].done; i++)
		prtos_idle_self();
	for (i = 2; i-- > 0;) {
		const struct side *s = &SIDES[i], *from = &SIDES[1 - i];
		int good = s->done && from->sent == ROUNDS / 2 && s->received == ROUNDS / 2 &&
			   !s->late && !s->wrong_frame;

		printf("[P0] P%u -> P%u: %u of %u IPVIs received in the sender's frame, %lld to "
		       "%lld "
		       "us after the raise, %u later than %d us, %u in another frame: %s\n",
		       1 - i, i, s->received - s->wrong_frame, from->sent, s->min_delay,
		       s->max_delay, s->late, BOUND_US, s->wrong_frame, good ? "ok" : "FAIL");
		ok &= good;
	}
	printf("[P0] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}

void partition_main(void)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF, k;
	prtos_plan_status_t ps;

	prtos_get_plan_status(&ps);
	origin = ps.switch_time;
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0 + (1 - me)), on_ipvi);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), on_slot_start);
	prtos_clear_irqmask(0, (1U << (PRTOS_VT_EXT_IPVI0 + (1 - me))) |
				       (1U << PRTOS_VT_EXT_CYCLIC_SLOT_START));
	hw_sti();
	for (k = 0; k < ROUNDS; k++) {
		if (!reach(FIRST_FRAME + k)) {
			SIDES[me].skipped++;
			continue;
		}
		if (k % 2 == me)
			send(me, k);
		else
			receive(k);
		prtos_idle_self();
	}
	SIDES[me].done = 1;
	if (me == 0)
		judge();
	for (;;)
		prtos_idle_self();
}
