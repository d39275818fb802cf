/* The pure expiry rule of the virtual timers (host-testable). */
#include <prtos/vtimer.h>

int vtimer_expire(struct vtimer *t, prtos_time_t now)
{
	if (!t->expiry || now < t->expiry)
		return 0;
	if (t->interval > 0)
		t->expiry += ((now - t->expiry) / t->interval + 1) * t->interval;
	else
		t->expiry = 0;
	return 1;
}
