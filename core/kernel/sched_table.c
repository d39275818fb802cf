/* The pure slot-selection function of the cyclic scheduler (host-testable). */
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
