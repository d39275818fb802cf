/*
 * The plan switches every processor follows (struct sched_plans, <prtos/sched.h>): the
 * first processor to cross a frame boundary decides its plan, without a lock. Pure;
 * built into an SMP core (one processor decides every boundary itself: sched.c) and
 * into the host unit tests.
 */
#include <prtos/sched.h>

/* The decision for boundary frame, if last holds it (-1 if not), read without a lock. */
static prtos_s32_t read_decision(const struct sched_plans *sh, prtos_u32_t frame, prtos_u32_t *seen)
{
	prtos_u32_t plan;

	*seen = __atomic_load_n(&sh->last.frame, __ATOMIC_ACQUIRE);
	plan = __atomic_load_n(&sh->last.plan, __ATOMIC_RELAXED);
	__atomic_thread_fence(__ATOMIC_ACQUIRE);
	if (__atomic_load_n(&sh->last.frame, __ATOMIC_RELAXED) != *seen)
		*seen = SCHED_NO_FRAME; /* changed meanwhile: look again */
	return *seen == frame ? (prtos_s32_t)plan : -1;
}

prtos_s32_t sched_boundary_plan(struct sched_plans *sh, prtos_u32_t frame, prtos_u32_t current)
{
	prtos_u32_t seen, plan;
	prtos_s32_t decided = read_decision(sh, frame, &seen);

	if (decided >= 0)
		return decided;
	if (seen == SCHED_NO_FRAME)
		return -1; /* being written */
	if (seen > frame)
		return (prtos_s32_t)current; /* a whole frame behind: keep the plan */
	if (!__atomic_compare_exchange_n(&sh->last.frame, &seen, SCHED_NO_FRAME, 0,
					 __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return -1; /* another processor claimed it first */
	plan = __atomic_load_n(&sh->wanted, __ATOMIC_ACQUIRE);
	__atomic_store_n(&sh->last.plan, plan, __ATOMIC_RELAXED);
	__atomic_store_n(&sh->last.frame, frame, __ATOMIC_RELEASE);
	return (prtos_s32_t)plan;
}

void sched_advance_frames(struct sched_plan_state *s, struct sched_plans *sh,
			  const struct prtos_conf_plan *plans, prtos_time_t now)
{
	while (now - s->frame_start >= plans[s->current].major_frame)
		sched_cross_boundary(s, plans,
				     (prtos_u32_t)sched_boundary_plan(sh, s->maf + 1, s->current));
}
