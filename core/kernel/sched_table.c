/* The pure functions of the cyclic scheduler: slot selection and frame/plan advance (host-testable). */
#include <prtos/sched.h>

struct sched_pick sched_pick_slot(const struct prtos_conf_slot *slots, prtos_u32_t num,
				  prtos_u32_t major_frame, prtos_u32_t t)
{
	struct sched_pick pick = {-1, major_frame};
	prtos_u32_t i;

	for (i = 0; i < num; i++) {
		if (t < slots[i].start) {
			pick.until = slots[i].start;
			return pick;
		}
		if (t - slots[i].start < slots[i].duration) {
			pick.slot = (prtos_s32_t)i;
			pick.until = slots[i].start + slots[i].duration;
			return pick;
		}
	}
	return pick;
}

void sched_cross_boundary(struct sched_plan_state *s, const struct prtos_conf_plan *plans,
			  prtos_u32_t plan)
{
	s->frame_start += plans[s->current].major_frame;
	s->maf++;
	if (plan != s->current) {
		s->prev = (prtos_s32_t)s->current;
		s->current = plan;
		s->switch_time = s->frame_start;
	}
}
