/*
 * soak, P0 (system): the core's time keeping must not age. It measures SOAK_FRAMES
 * frames just after boot, then idles until SOAK_SECONDS of uptime and measures
 * SOAK_FRAMES frames again. Each time: the core's interrupts in those frames (one per
 * slot boundary when nothing else happens) and its own slot starts against the plan
 * (the plan's switch time plus whole major frames). The two must match: the same
 * interrupt count, and the latest start no later than 1 us (the clock's resolution)
 * beyond the first measurement's.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

#define SOAK_MAJOR_FRAME_US 10000
#define SOAK_SLOT_US 0 /* its slot starts each frame */
#define SOAK_FRAMES 200

struct soak_sample {
	prtos_u32_t irqs;	  /* the core's interrupts in SOAK_FRAMES frames */
	prtos_time_t best, worst; /* slot starts after the plan, us */
	int missed;
};

static prtos_time_t starts[SOAK_FRAMES + 1];
static volatile int count;

static void on_slot_start(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	if (count <= SOAK_FRAMES)
		prtos_get_time(PRTOS_HW_CLOCK, &starts[count++]);
}

static prtos_u32_t core_irqs(void)
{
	prtos_sys_status_t st;

	if (prtos_get_system_status(&st) != PRTOS_OK) {
		printf("[Soak] FAIL: no system status\n");
		prtos_halt_system();
	}
	return (prtos_u32_t)st.num_of_irqs;
}

/* SOAK_FRAMES frames from the next slot start on. */
static void measure(struct soak_sample *s, prtos_time_t switch_time)
{
	prtos_time_t frame, prev = -1, late;
	prtos_u32_t irqs0 = 0;
	int i;

	count = 0;
	s->best = -1;
	s->worst = 0;
	s->missed = 0;
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	while (count < SOAK_FRAMES + 1) {
		prtos_idle_self();
		if (count == 1 && !irqs0)
			irqs0 = core_irqs();
	}
	s->irqs = core_irqs() - irqs0;
	prtos_set_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	for (i = 0; i <= SOAK_FRAMES; i++) {
		frame = (starts[i] - switch_time) / SOAK_MAJOR_FRAME_US;
		late = starts[i] - switch_time - frame * SOAK_MAJOR_FRAME_US - SOAK_SLOT_US;
		if (prev >= 0 && frame != prev + 1)
			s->missed += (int)(frame - prev - 1);
		prev = frame;
		s->worst = late > s->worst ? late : s->worst;
		s->best = s->best < 0 || late < s->best ? late : s->best;
	}
}

static void report(const char *when, const struct soak_sample *s)
{
	printf("[Soak] %s: %u interrupts in %d frames, slot starts %lld to %lld us after the "
	       "plan, %d missed\n",
	       when, s->irqs, SOAK_FRAMES, s->best, s->worst, s->missed);
}

void partition_main(void)
{
	struct soak_sample first, last;
	prtos_plan_status_t ps;
	prtos_time_t now;
	int ok;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), on_slot_start);
	hw_sti();
	if (prtos_get_plan_status(&ps) != PRTOS_OK) {
		printf("[Soak] FAIL: no plan status\n");
		prtos_halt_system();
	}
	measure(&first, ps.switch_time);
	report("after boot", &first);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now < (prtos_time_t)SOAK_SECONDS * 1000000);
	measure(&last, ps.switch_time);
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	printf("[Soak] uptime %lld s\n", now / 1000000);
	report("at the end", &last);
	ok = last.irqs == first.irqs && last.worst <= first.worst + 1 && !first.missed &&
	     !last.missed;
	printf("[Soak] %s\n",
	       ok ? "Verification Passed" : "Verification Failed: time keeping aged");
	prtos_halt_system();
}
