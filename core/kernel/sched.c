/* The cyclic scheduler's runtime: follows the current plan of this CPU, slot by slot. */
#include <prtos/sched.h>
#include <prtos/part.h>
#include <prtos/boot.h>
#include <prtos/arch.h>
#include <prtos/panic.h>
#include <prtos/printk.h>
#include <prtos/virq.h>
#include <prtos/vtimer.h>
#include <prtos/tracing.h>
#include <prtos/percpu.h>
#include <prtos/core_lock.h>
#include <prtos/spinlock.h>
#include <prtos/smp.h>

struct sched_stats {
	prtos_u32_t slot_starts;  /* slots that started with their vCPU ready */
	prtos_u32_t missed;	  /* slots never picked at all, though their vCPU could run */
	prtos_u64_t max_delay_ns; /* largest delay after a configured start (a missed slot's
				   * delay is counted until the next pick) */
	/* The first slot not yet picked: slot next_slot of the frame at next_frame. */
	prtos_time_t next_frame;
	prtos_u32_t next_slot;
	prtos_u32_t plan;
};

struct sched_cpu {
	/*
	 * What another CPU may change here, and in the vCPUs bound to this CPU (their
	 * state, a pending start, timers, the plan asked for), it changes with this
	 * lock; this CPU's scheduler runs under it, without the core lock, so that no
	 * CPU's slot start ever waits for another CPU's hypercall.
	 */
	struct spinlock lock;
	const struct prtos_conf_cpu *cfg;
	struct sched_plan_state plan;
	prtos_time_t pick_end; /* absolute us at which the current pick ends */
	prtos_s32_t last_slot; /* the previous pick, to detect a new slot */
	prtos_time_t last_frame;
#ifdef CONFIG_SMP
	int resched_now; /* a vCPU waits to be switched out: schedule again at once */
	/* The vCPU the current slot is given to (NULL: none), read by other CPUs' kicks. */
	const struct vcpu *volatile slot_owner;
#endif
	struct vcpu idle;
	struct sched_stats stats;
};

#define SCHED_FIRST_FRAME_DELAY_US 100

/* Each processor's, touched by that processor only. */
static struct sched_cpu sched_cpus[CONFIG_MAX_CPUS];

static struct sched_cpu *this_sched(void)
{
	return &sched_cpus[this_cpu_id()];
}

prtos_time_t sched_slot_end(void)
{
	return this_sched()->pick_end;
}

prtos_u32_t sched_current_maf(void)
{
	return this_sched()->plan.maf;
}

const struct sched_plan_state *sched_plan_state(void)
{
	return &this_sched()->plan;
}

/* The plans every processor follows (struct sched_plans: no lock). */
static struct sched_plans plans_shared;

void sched_request_plan(prtos_u32_t id)
{
	__atomic_store_n(&plans_shared.wanted, id, __ATOMIC_RELEASE);
}

prtos_u32_t sched_next_plan(void)
{
	return __atomic_load_n(&plans_shared.wanted, __ATOMIC_RELAXED);
}

/*
 * Moves s's plan to the frame of now (under s's lock), a boundary at a time: each one
 * decided by the first processor to cross it (sched_boundary_plan()), which another
 * processor may be writing for a few instructions.
 */
static void sched_advance(struct sched_cpu *s, prtos_time_t now)
{
	const struct prtos_conf_plan *plans = s->cfg->plans;
	prtos_s32_t plan;

	while (now - s->plan.frame_start >= plans[s->plan.current].major_frame) {
#ifdef CONFIG_SMP
		while ((plan = sched_boundary_plan(&plans_shared, s->plan.maf + 1,
						   s->plan.current)) < 0)
			arch_cpu_relax();
#else
		plan = (prtos_s32_t)plans_shared.wanted; /* one processor decides every boundary */
#endif
		sched_cross_boundary(&s->plan, plans, (prtos_u32_t)plan);
	}
}

#ifdef CONFIG_SMP
void vcpu_lock(const struct vcpu *v)
{
	spin_lock(&sched_cpus[v->cpu].lock, LOCK_SCHED);
}

void vcpu_unlock(const struct vcpu *v)
{
	spin_unlock(&sched_cpus[v->cpu].lock, LOCK_SCHED);
}
#endif

/* v's execution time, its CPU's scheduler lock held. */
static prtos_time_t exec_time_locked(const struct vcpu *v)
{
	if (v == percpu[v->cpu].running)
		return v->exec_us + (arch_now_us() - v->run_since);
	return v->exec_us;
}

prtos_time_t sched_exec_time(const struct vcpu *v)
{
	prtos_time_t t;

	vcpu_lock(v);
	t = exec_time_locked(v);
	vcpu_unlock(v);
	return t;
}

void sched_init(void)
{
	struct sched_cpu *s = this_sched();
	prtos_u32_t i;

	s->cfg = &prtos_conf->cpus[this_cpu_id()]; /* 1..CONFIG_MAX_PLANS plans: config_check
						     * "ranges"; cpus_check(): id < num_cpus */
	for (i = 0; i < s->cfg->num_plans; i++)
		CHECK(s->cfg->plans[i].major_frame > 0); /* config_check rule "plan" */
	s->plan.prev = -1;
	s->last_slot = -1;
	this_cpu()->running = &s->idle;
	s->idle.cpu = this_cpu_id();
	s->idle.kstack = arch_boot_stack(); /* this CPU's boot stack: it ends on it */
	s->idle.state = VCPU_READY;
}

/* current < num_plans: hc_sched checks switches, and the maintenance plan 1 exists when
 * an HM action names it (config_check rule "HM"). */
static const struct prtos_conf_plan *current_plan(const struct sched_cpu *s)
{
	return &s->cfg->plans[s->plan.current];
}

static const struct prtos_conf_slot *plan_slots(const struct prtos_conf_plan *plan)
{
	return &prtos_conf->slots[plan->first_slot]; /* config_check "ranges", "slot time" */
}

/* Whether slot i (-1: none) of the current frame is another pick than the last one. */
static int pick_changed(const struct sched_cpu *s, prtos_s32_t i)
{
	return i != s->last_slot || s->plan.frame_start != s->last_frame;
}

/* The partition slot i (-1: none) of plan is given to, for the trace. */
static prtos_u32_t slot_partition(const struct prtos_conf_plan *plan, prtos_s32_t i)
{
	return i < 0 ? PRTOS_HYPERVISOR_ID : plan_slots(plan)[i].partition_id;
}

/* Rebuilds switched-out v's stack for its pending start. */
static void vcpu_rebuild(struct vcpu *v)
{
	v->start_pending = 0;
	if (v->start_fn)
		arch_vcpu_start_call(v, v->start_entry, v->start_fn);
	else
		arch_vcpu_init(v, v->start_entry);
}

#ifdef CONFIG_SMP
/*
 * Whether v, with a new start pending (vcpu_start_later()), may run: its stack is
 * rebuilt here, by its own CPU, but never while it is the running one (its stack in
 * use, a preemption point in it perhaps): then it is switched out first, and
 * rebuilt at once after.
 */
static int sched_restart(struct sched_cpu *s, struct vcpu *v)
{
	if (v == this_cpu()->running) {
		s->resched_now = 1;
		return 0;
	}
	vcpu_rebuild(v);
	return 1;
}
#endif

void vcpu_start_later(struct vcpu *v, prtos_address_t entry, void (*fn)(struct vcpu *v))
{
	vcpu_lock(v);
	v->start_entry = entry;
	v->start_fn = fn;
	v->start_pending = 1;
#ifndef CONFIG_SMP
	/* One processor: the caller is the running vCPU, never v (part_reset() runs its own
	 * reset itself): v is switched out, and its stack is rebuilt now. */
	vcpu_rebuild(v);
#endif
	v->state = VCPU_READY;
	vcpu_unlock(v);
	sched_kick(v);
}

/* The vCPU of slot (one per partition without several processors: vCPU 0). */
static inline struct vcpu *slot_vcpu(struct partition *p, const struct prtos_conf_slot *slot)
{
#if CONFIG_MAX_CPUS > 1
	return &p->vcpus[slot->vcpu_id]; /* < num_vcpus: config_check "slot target" */
#else
	(void)slot;
	return &p->vcpus[0];
#endif
}

#ifdef CONFIG_SMP
void sched_stopped_meanwhile(void)
{
	if (vcpu_stopped(this_cpu()->running))
		schedule();
}

/* The vCPU slot i (-1: none) of plan is given to, whatever its state, or NULL. */
static const struct vcpu *slot_owner_of(const struct prtos_conf_plan *plan, prtos_s32_t i)
{
	const struct prtos_conf_slot *slot;
	struct partition *p;

	if (i < 0)
		return NULL;
	slot = &plan_slots(plan)[i];
	p = part_by_id(slot->partition_id);
	return p ? slot_vcpu(p, slot) : NULL;
}
#endif

/* The vCPU of slot i of the current plan if it may run now, else the idle context. */
static struct vcpu *sched_slot_vcpu(struct sched_cpu *s, prtos_s32_t i, int new_slot,
				    prtos_time_t now)
{
	const struct prtos_conf_slot *slot;
	struct partition *p;
	struct vcpu *v;

	if (i < 0)
		return &s->idle;
	slot = &plan_slots(current_plan(s))[i];
	p = part_by_id(slot->partition_id);
	if (!p)
		return &s->idle;
	v = slot_vcpu(p, slot);
	if (v->state == VCPU_IDLE && now >= v->idle_until)
		v->state = VCPU_READY;
	if (v->state != VCPU_READY)
		return &s->idle;
#ifdef CONFIG_SMP /* one processor rebuilds a restarted vCPU at once (vcpu_start_later) */
	if (v->start_pending && !sched_restart(s, v))
		return &s->idle;
#endif
	if (new_slot) {
		v->pct->cyclic_sched_info.no_slot = (prtos_u32_t)i;
		v->pct->cyclic_sched_info.id = slot->id;
		v->pct->cyclic_sched_info.slot_duration = slot->duration;
		virq_raise_vcpu(v, PRTOS_VT_EXT_CYCLIC_SLOT_START);
	}
	return v;
}

static void sched_note_delay(struct sched_cpu *s, prtos_time_t frame, prtos_u32_t slot,
			     prtos_u64_t now)
{
	prtos_u64_t planned =
		(prtos_u64_t)(frame + plan_slots(current_plan(s))[slot].start) * 1000ULL;
	prtos_u64_t delay = now > planned ? now - planned : 0;

	if (delay > s->stats.max_delay_ns)
		s->stats.max_delay_ns = delay;
}

static int sched_slot_runnable(const struct prtos_conf_slot *slot)
{
	struct partition *p = part_by_id(slot->partition_id);
	const struct vcpu *v = p ? slot_vcpu(p, slot) : NULL;

	return v && (v->state == VCPU_READY || v->state == VCPU_IDLE);
}

/*
 * Slot i of the current frame is picked: every slot of the plan since the last
 * pick was skipped whole (the core was busy through it). Those whose partition
 * could run are missed slots, the worst lateness there is.
 */
static void sched_account_pick(struct sched_cpu *s, prtos_u32_t i, prtos_u64_t now_ns)
{
	struct sched_stats *st = &s->stats;
	const struct prtos_conf_plan *plan = current_plan(s);

	if (st->next_slot == i && st->next_frame == s->plan.frame_start) {
		st->next_slot = i + 1; /* the usual case: the next slot of the frame */
		return;
	}
	if (i == 0 && st->next_slot == plan->num_slots && st->plan == s->plan.current &&
	    st->next_frame + plan->major_frame == s->plan.frame_start) {
		st->next_frame = s->plan.frame_start; /* or the first of the next frame */
		st->next_slot = 1;
		return;
	}
	if (st->plan != s->plan.current || st->next_frame > s->plan.frame_start) {
		st->plan = s->plan.current; /* a new plan: its accounting starts here */
		st->next_frame = s->plan.frame_start;
		st->next_slot = i;
	}
	while (st->next_frame < s->plan.frame_start || st->next_slot < i) {
		if (st->next_slot >= plan->num_slots) {
			st->next_frame += plan->major_frame;
			st->next_slot = 0;
			continue;
		}
		if (sched_slot_runnable(&plan_slots(plan)[st->next_slot])) {
			st->missed++;
			sched_note_delay(s, st->next_frame, st->next_slot, now_ns);
		}
		st->next_slot++;
	}
	st->next_slot = i + 1;
}

/* Records how late the slot that starts now began, against its configured start. */
static void sched_account_start(struct sched_cpu *s, prtos_s32_t i, prtos_u64_t now_ns)
{
	s->stats.slot_starts++;
	sched_note_delay(s, s->plan.frame_start, (prtos_u32_t)i, now_ns);
}

/*
 * The pick (running, slot_owner) is visible to other CPUs before this CPU reads next's
 * pending interrupts on its way out: a raiser sets the pending bit, then reads the
 * pick (virq_pend_set() is a full barrier), so either it kicks or this CPU sees the bit.
 */
static inline void sched_publish_pick(void)
{
#ifdef CONFIG_SMP
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
#endif
}

/* Switches to next and drops s's lock (before the switch: only this CPU touches prev's stack). */
static void sched_switch(struct sched_cpu *s, struct vcpu *next, prtos_time_t now)
{
	struct vcpu *prev = this_cpu()->running;

	ASSERT(next->state == VCPU_READY);
	if (next == prev) {
		sched_publish_pick();
		spin_unlock(&s->lock, LOCK_SCHED);
		return;
	}
	trace_hyp(PRTOS_TRACE_HYP_SCHED, PRTOS_TRACE_CODE_SCHED,
		  next->part ? next->part->id : PRTOS_HYPERVISOR_ID, 0);
	prev->exec_us += now - prev->run_since;
	next->run_since = now;
	this_cpu()->running = next;
	sched_publish_pick();
	spin_unlock(&s->lock, LOCK_SCHED);
	arch_switch_to(prev, next);
}

/*
 * Interrupts off. Picks what runs now, arms the timer for the next event, switches.
 * Under this CPU's scheduler lock only: the core lock is not needed (and, from a
 * hypercall, stays with this CPU until the next exit drops it).
 */
void schedule(void)
{
	struct sched_cpu *s = this_sched();
	prtos_time_t now, deadline;
	prtos_u64_t now_ns;
	const struct prtos_conf_plan *plan;
	struct sched_pick pick;
	struct vcpu *next;
	int new_slot;

	spin_lock(&s->lock, LOCK_SCHED);
	now_ns = arch_now_ns(); /* the pick's clock reading (under QEMU's -icount each one
				 * may end this processor's turn: as few as can be) */
	now = arch_ns_to_us(now_ns);
	if (now < s->plan.frame_start) {
		/* Before plan 0's first frame (or a timer that fired a hair early). */
		arch_timer_arm(s->plan.frame_start);
		spin_unlock(&s->lock, LOCK_SCHED);
		return;
	}
	sched_advance(s, now);
	plan = current_plan(s);
	pick = sched_pick_slot(plan_slots(plan), plan->num_slots, plan->major_frame,
			       (prtos_u32_t)(now - s->plan.frame_start));
	if (TRACE_HYP_SLOTS && pick_changed(s, pick.slot))
		trace_hyp_slot_record(s->plan.current, pick.slot, slot_partition(plan, pick.slot),
				      s->plan.frame_start);
	new_slot = pick.slot >= 0 && pick_changed(s, pick.slot);
	s->last_slot = pick.slot;
	s->last_frame = s->plan.frame_start;
	next = sched_slot_vcpu(s, pick.slot, new_slot, now);
#ifdef CONFIG_SMP
	s->slot_owner = slot_owner_of(plan, pick.slot);
#endif
	s->pick_end = s->plan.frame_start + pick.until;
	deadline = s->pick_end;
	if (next->part)
		deadline = vtimer_update(next, now,
					 next == this_cpu()->running
						 ? next->exec_us + (now - next->run_since)
						 : next->exec_us,
					 deadline);
#ifdef CONFIG_SMP /* one processor: the running vCPU is the caller, never restarted */
	if (s->resched_now) {
		s->resched_now = 0;
		deadline = now;
	}
#endif
	arch_timer_arm(deadline); /* a fresh reading: the count is relative on some arches */
	/* The start's delay, as of the pick's clock reading (before the switch). */
	if (new_slot && next->part)
		sched_account_start(s, pick.slot, now_ns);
	if (new_slot)
		sched_account_pick(s, (prtos_u32_t)pick.slot, now_ns);
	sched_switch(s, next, now);
}

/*
 * Only a vCPU that runs, or whose slot is on, needs its CPU now: any other change is
 * seen at that CPU's next slot start anyway. So the IPI only ever takes time from the
 * vCPU's own slot: no partition can make another's processor take interrupts. A
 * racing slot start sees the change under the scheduler lock, which it was made with.
 */
#ifdef CONFIG_SMP
void sched_kick(const struct vcpu *v)
{
	prtos_u32_t cpu = v->cpu;

	if (cpu == this_cpu_id() || !percpu[cpu].online)
		return;
	if (percpu[cpu].running == v || sched_cpus[cpu].slot_owner == v)
		arch_cpu_kick(cpu);
}
#endif

void sched_timer_irq(void)
{
	smp_park_if_stopping();
	schedule();
}

#define STATS_LINE "%u slot starts, %u missed, latest %llu ns after the configured time\n"

/* Every processor's, "CPU n: " before each when there are several. */
void sched_print_stats(void)
{
	const struct sched_stats *st;
	prtos_u32_t cpu;

	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++) {
		st = &sched_cpus[cpu].stats;
		if (prtos_conf->num_cpus > 1)
			printk("[PRTOS] CPU %u: " STATS_LINE, cpu, st->slot_starts, st->missed,
			       st->max_delay_ns);
		else
			printk("[PRTOS] " STATS_LINE, st->slot_starts, st->missed,
			       st->max_delay_ns);
	}
}

prtos_time_t sched_first_frame(void)
{
	struct sched_plans first = {0, {0, 0}}; /* plan 0 from the origin, frame 0 */

	plans_shared = first;
	/* A little ahead, so that plan 0's first slot starts on time too. */
	return arch_now_us() + SCHED_FIRST_FRAME_DELAY_US;
}

void sched_start(prtos_time_t origin)
{
	struct sched_cpu *s = this_sched();

	s->plan.frame_start = origin;
	s->plan.switch_time = s->plan.frame_start; /* plan 0 began here */
	s->idle.run_since = s->plan.frame_start;
	s->pick_end = s->plan.frame_start; /* idle until then */
	s->stats.next_frame = s->plan.frame_start;
	arch_timer_arm(s->plan.frame_start); /* the first tick picks slot 0's partition */
	core_unlock();			     /* the idle loop runs without it */
	arch_start_first(&s->idle);
}
