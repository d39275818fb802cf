/* Time hypercalls: the hardware clock and the partition's execution clock. */
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/arch.h>

prtos_s32_t hcall_get_time(prtos_u32_t clock, guest_addr_t time_ptr)
{
	struct vcpu *v = sched_current();
	prtos_time_t t;

	switch (clock) {
	case PRTOS_HW_CLOCK:
		t = arch_now_us();
		break;
	case PRTOS_EXEC_CLOCK:
		t = sched_exec_time(v);
		break;
	default:
		return PRTOS_INVALID_PARAM;
	}
	return guest_copy_to(v->part, time_ptr, &t, sizeof(t));
}

/*
 * Arms (abs_time > 0) or disarms (abs_time == 0) the caller's timer on clock.
 * A periodic interval must be at least PRTOS_MIN_TIMER_INTERVAL.
 */
prtos_s32_t hcall_set_timer(prtos_u32_t clock, prtos_time_t abs_time, prtos_time_t interval)
{
	struct vcpu *v = sched_current();
	struct vtimer *t;

	if (clock != PRTOS_HW_CLOCK && clock != PRTOS_EXEC_CLOCK)
		return PRTOS_INVALID_PARAM;
	if (abs_time < 0 || interval < 0 || (interval > 0 && interval < PRTOS_MIN_TIMER_INTERVAL))
		return PRTOS_INVALID_PARAM;
	t = clock == PRTOS_HW_CLOCK ? &v->hw_timer : &v->exec_timer;
	t->expiry = abs_time;
	t->interval = abs_time ? interval : 0;
	schedule(); /* re-arms the hardware timer for the new expiry */
	return PRTOS_OK;
}
