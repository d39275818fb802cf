/* The pure expiry rule of the virtual timers (host-testable). */
#include <prtos/vtimer.h>

/*
 * The expiry of a periodic timer after now, or 0 (disarmed) when it would lie
 * past the end of the clock (MAX_PRTOSTIME): times come from the partition, so
 * the arithmetic must not overflow.
 */
static prtos_time_t vtimer_next(const struct vtimer *t, prtos_time_t now)
{
	prtos_time_t periods = (now - t->expiry) / t->interval + 1;

	if (periods > (MAX_PRTOSTIME - t->expiry) / t->interval)
		return 0;
	return t->expiry + periods * t->interval;
}

int vtimer_expire(struct vtimer *t, prtos_time_t now)
{
	if (!vtimer_due(t, now))
		return 0;
	t->expiry = t->interval > 0 ? vtimer_next(t, now) : 0;
	return 1;
}
