/* Time hypercalls: the hardware clock and the partition's execution clock. */
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/arch.h>

prtos_s32_t hcall_get_time(prtos_word_t clock, prtos_word_t time_ptr)
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
