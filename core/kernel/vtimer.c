/* Virtual timers: checked when their vCPU is scheduled, so a partition's timers
 * never take time from another partition's slot. */
#include <prtos/vtimer.h>
#include <prtos/part.h>
#include <prtos/virq.h>

prtos_time_t vtimer_update(struct vcpu *v, prtos_time_t now, prtos_time_t exec_now,
			   prtos_time_t limit)
{
	prtos_time_t left;

	/* vtimer_due() first: on most switches neither timer is due */
	if (vtimer_due(&v->hw_timer, now) && vtimer_expire(&v->hw_timer, now))
		virq_raise_vcpu(v, PRTOS_VT_EXT_HW_TIMER);
	if (vtimer_due(&v->exec_timer, exec_now) && vtimer_expire(&v->exec_timer, exec_now))
		virq_raise_vcpu(v, PRTOS_VT_EXT_EXEC_TIMER);
	if (v->hw_timer.expiry && v->hw_timer.expiry < limit)
		limit = v->hw_timer.expiry;
	if (v->exec_timer.expiry) {
		/* The EXEC clock advances with the HW clock while v runs. The
		 * comparison cannot overflow: 0 < left and now <= limit. */
		left = v->exec_timer.expiry - exec_now;
		if (left < limit - now)
			limit = now + left;
	}
	return limit;
}
