/* The cyclic scheduler: static plans of slots, walked by a small pure function. */
#ifndef PRTOS_SCHED_H
#define PRTOS_SCHED_H

#include <prtos/types.h>
#include <prtos/config_blob.h>
#include <prtos/percpu.h>

struct vcpu;

/* What runs at a given time within a major frame. */
struct sched_pick {
	prtos_s32_t slot;  /* index within the plan's slots, or -1 for idle */
	prtos_u32_t until; /* us within the frame at which this pick ends */
};

/*
 * Pure: picks the slot covering time t (0 <= t < major_frame) of a plan whose
 * num slots are sorted and disjoint. Unit-tested on the host.
 */
struct sched_pick sched_pick_slot(const struct prtos_conf_slot *slots, prtos_u32_t num,
				  prtos_u32_t major_frame, prtos_u32_t t);

/* Plan state of one processor; advanced by sched_advance_frames(). */
struct sched_plan_state {
	prtos_u32_t current;
	prtos_s32_t prev;	  /* -1 before the first switch */
	prtos_time_t frame_start; /* absolute us of the current major frame */
	prtos_time_t switch_time; /* frame start at which current began */
	prtos_u32_t maf;	  /* completed major frames */
};

/*
 * The plan every processor runs from major-frame boundary number frame (frame 0: the
 * origin; every processor counts the boundaries it crosses, s->maf).
 */
struct sched_boundary {
	prtos_u32_t frame;
	prtos_u32_t plan;
};
#define SCHED_NO_FRAME 0xFFFFFFFFU /* last.frame while a decision is being written */

/*
 * What the processors share about plans: they have one time base, and a plan has
 * the same major frame on each (config_check "plan"), so they cross the same frame
 * boundaries. The first processor to cross a boundary decides its plan, the one
 * asked for (wanted); the others, crossing it later, find that decision in last. So
 * a switch asked for while some processors have crossed a boundary and others not
 * takes effect at the next one, on all of them. No lock: a processor claims a
 * boundary by setting last.frame to SCHED_NO_FRAME (compare-and-swap), writes its
 * plan, then its frame number; readers check the frame number before and after the
 * plan. A processor a whole frame behind the decisions (it missed frames) keeps its
 * plan until it catches up.
 */
struct sched_plans {
	prtos_u32_t wanted; /* the plan from the next boundary decided on */
	struct sched_boundary last;
};

/*
 * The plan from boundary number frame, or -1 while another processor is writing a
 * decision (try again): decided already, or decided now as sh->wanted. Pure.
 */
prtos_s32_t sched_boundary_plan(struct sched_plans *sh, prtos_u32_t frame, prtos_u32_t current);
/* Pure: s crosses its next frame boundary, into plan. */
void sched_cross_boundary(struct sched_plan_state *s, const struct prtos_conf_plan *plans,
			  prtos_u32_t plan);
/*
 * Pure: moves s to the major frame that contains now, switching plans at each
 * boundary crossed as sh decides (single-threaded: the host's unit tests; the core
 * crosses boundaries one at a time, sched.c). plans[] are the processor's plans, every
 * major frame > 0.
 */
void sched_advance_frames(struct sched_plan_state *s, struct sched_plans *sh,
			  const struct prtos_conf_plan *plans, prtos_time_t now);

/* This CPU's scheduler: the plans of its processor in the configuration. */
void sched_init(void);
/* The start of the first major frame, for every CPU (one time base). */
prtos_time_t sched_first_frame(void);
/* Starts scheduling on this CPU, plan 0's first frame at origin; never returns. */
void sched_start(prtos_time_t origin) __attribute__((noreturn));
/*
 * v's state changed, or something is pending for it (a virtual interrupt): if it
 * runs on another CPU, that CPU reschedules at once (an IPI). Core lock held.
 */
#ifdef CONFIG_SMP
void sched_kick(const struct vcpu *v);
#else
static inline void sched_kick(const struct vcpu *v)
{
	(void)v; /* one processor: whatever changed, it sees at its next look */
}
#endif
/* Timer interrupt: move to whatever the plan says runs now. Interrupts off. */
void sched_timer_irq(void);
/* Reschedules now (after the current vCPU halted, idled or was suspended). */
void schedule(void);
/*
 * The vCPU running on this CPU (the idle context if none; NULL before the
 * scheduler starts). Inline: every hypercall and interrupt asks. For debuggers:
 * percpu[N].running (doc/debugging.md).
 */
static inline struct vcpu *sched_current(void)
{
	return this_cpu()->running;
}
/*
 * Another CPU's vCPU is changed under its CPU's scheduler lock (the core lock held
 * too: the order is core lock, then a scheduler lock, then the trace and console
 * locks). Without CONFIG_SMP they compile away.
 */
#ifdef CONFIG_SMP
void vcpu_lock(const struct vcpu *v);
void vcpu_unlock(const struct vcpu *v);
#else
static inline void vcpu_lock(const struct vcpu *v)
{
	(void)v;
}
static inline void vcpu_unlock(const struct vcpu *v)
{
	(void)v;
}
#endif
/* Execution time of v in us, including the current run. */
prtos_time_t sched_exec_time(const struct vcpu *v);
/* Absolute time (us) at which the current slot ends. */
prtos_time_t sched_slot_end(void);
/* Number of completed major frames on this CPU. */
prtos_u32_t sched_current_maf(void);
/* Prints the slot-start statistics of this CPU (at system halt). */
void sched_print_stats(void);
/* This CPU's plan state (read-only for callers). */
const struct sched_plan_state *sched_plan_state(void);
/*
 * Asks for plan id to start at the next major-frame boundary that no processor has
 * crossed yet, on every CPU (id is valid).
 */
void sched_request_plan(prtos_u32_t id);
/* The plan asked for: the current one unless a switch is to come. */
prtos_u32_t sched_next_plan(void);

#endif
