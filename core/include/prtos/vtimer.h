/* Per-vCPU timers on the HW and EXEC clocks (prtos_set_timer). */
#ifndef PRTOS_VTIMER_H
#define PRTOS_VTIMER_H

#include <prtos/types.h>

struct vcpu;

/* One timer: disarmed when expiry is 0; periodic when interval > 0. */
struct vtimer {
	prtos_time_t expiry;
	prtos_time_t interval;
};

/*
 * Pure: if t has expired at time now (on its own clock), returns 1 and moves
 * a periodic timer to its first expiry after now (missed periods collapse into
 * one expiry) or disarms a one-shot one. Unit-tested on the host.
 */
int vtimer_expire(struct vtimer *t, prtos_time_t now);

/* Pure: whether t is armed and has expired at now (vtimer_expire() would act). */
static inline int vtimer_due(const struct vtimer *t, prtos_time_t now)
{
	return t->expiry && now >= t->expiry;
}

/*
 * For the vCPU about to run (or running): raises its expired timers and
 * returns the earlier of limit and the HW-clock time of its next expiry.
 * now is the HW clock, exec_now v's EXEC clock.
 */
prtos_time_t vtimer_update(struct vcpu *v, prtos_time_t now, prtos_time_t exec_now,
			   prtos_time_t limit);

#endif
