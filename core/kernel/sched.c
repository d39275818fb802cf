/* The cyclic scheduler's runtime: follows plan 0 of this CPU, slot by slot. */
#include <prtos/sched.h>
#include <prtos/part.h>
#include <prtos/boot.h>
#include <prtos/arch.h>
#include <prtos/panic.h>

struct sched_cpu {
	const struct prtos_conf_cpu *cfg;
	const struct prtos_conf_plan *plan;
	prtos_time_t frame_start; /* absolute us of the current major frame */
	prtos_u32_t maf;	  /* completed major frames */
	prtos_time_t pick_end;	  /* absolute us at which the current pick ends */
	struct vcpu *current;
	struct vcpu idle;
};

static struct sched_cpu sched_cpu0;

static struct sched_cpu *this_sched(void)
{
	return &sched_cpu0;
}

struct vcpu *sched_current(void)
{
	return this_sched()->current;
}

prtos_time_t sched_slot_end(void)
{
	return this_sched()->pick_end;
}

prtos_u32_t sched_current_maf(void)
{
	return this_sched()->maf;
}

prtos_time_t sched_exec_time(const struct vcpu *v)
{
	if (v == sched_current())
		return v->exec_us + (arch_now_us() - v->run_since);
	return v->exec_us;
}

void sched_init(void)
{
	struct sched_cpu *s = this_sched();

	s->cfg = &prtos_conf->cpus[0];
	s->plan = &s->cfg->plans[0];
	s->current = &s->idle;
	s->idle.state = VCPU_READY;
}

static const struct prtos_conf_slot *plan_slots(const struct prtos_conf_plan *plan)
{
	return &prtos_conf->slots[plan->first_slot];
}

/* Advances frame_start to the major frame containing now. */
static void sched_advance_frame(struct sched_cpu *s, prtos_time_t now)
{
	while (now - s->frame_start >= s->plan->major_frame) {
		s->frame_start += s->plan->major_frame;
		s->maf++;
	}
}

/* The vCPU that slot index i of the current plan runs, if it may run at time now. */
static struct vcpu *sched_slot_vcpu(struct sched_cpu *s, prtos_s32_t i, prtos_time_t now)
{
	const struct prtos_conf_slot *slot;
	struct partition *p;
	struct vcpu *v;

	if (i < 0)
		return &s->idle;
	slot = &plan_slots(s->plan)[i];
	p = part_by_id(slot->partition_id);
	if (!p)
		return &s->idle;
	v = &p->vcpu;
	if (v->state == VCPU_IDLE && now >= v->idle_until)
		v->state = VCPU_READY;
	if (v->state != VCPU_READY)
		return &s->idle;
	p->pct->cyclic_sched_info.no_slot = (prtos_u32_t)i;
	p->pct->cyclic_sched_info.id = slot->id;
	p->pct->cyclic_sched_info.slot_duration = slot->duration;
	return v;
}

static void sched_switch(struct sched_cpu *s, struct vcpu *next, prtos_time_t now)
{
	struct vcpu *prev = s->current;

	ASSERT(next->state == VCPU_READY);
	if (next == prev)
		return;
	prev->exec_us += now - prev->run_since;
	next->run_since = now;
	s->current = next;
	arch_switch_to(prev, next);
}

void schedule(void)
{
	struct sched_cpu *s = this_sched();
	prtos_time_t now = arch_now_us();
	struct sched_pick pick;
	struct vcpu *next;

	sched_advance_frame(s, now);
	pick = sched_pick_slot(plan_slots(s->plan), s->plan->num_slots, s->plan->major_frame,
			       (prtos_u32_t)(now - s->frame_start));
	next = sched_slot_vcpu(s, pick.slot, now);
	s->pick_end = s->frame_start + pick.until;
	arch_timer_arm(s->pick_end);
	sched_switch(s, next, now);
}

void sched_timer_irq(void)
{
	schedule();
}

void sched_start(void)
{
	struct sched_cpu *s = this_sched();

	s->frame_start = arch_now_us();
	s->idle.run_since = s->frame_start;
	arch_timer_arm(s->frame_start); /* the first tick picks slot 0's partition */
	arch_start_first(&s->idle);
}
