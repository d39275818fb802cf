/* Plan hypercalls: switch at the end of the major frame, and plan status. */
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/boot.h>

prtos_s32_t hcall_switch_sched_plan(prtos_u32_t new_plan, guest_addr_t current_ptr)
{
	struct partition *p = sched_current()->part;
	const struct sched_plan_state *st = sched_plan_state();
	prtos_u32_t current = st->current;

	if (!part_is_system(p))
		return PRTOS_PERM_ERROR;
	if (new_plan == 0 || new_plan >= prtos_conf->cpus[this_cpu_id()].num_plans)
		return PRTOS_INVALID_PARAM;
	if (!guest_check(p, current_ptr, sizeof(current), GUEST_WRITE))
		return PRTOS_INVALID_PARAM;
	guest_copy_to(p, current_ptr, &current, sizeof(current));
	if (new_plan == current)
		return PRTOS_NO_ACTION;
	sched_request_plan(new_plan);
	return PRTOS_OK;
}

prtos_s32_t hcall_get_plan_status(guest_addr_t status_ptr)
{
	const struct sched_plan_state *st = sched_plan_state();
	prtos_plan_status_t status = {
		.switch_time = st->switch_time,
		.next = (prtos_s32_t)sched_next_plan(),
		.current = (prtos_s32_t)st->current,
		.prev = st->prev,
	};

	return guest_copy_to(sched_current()->part, status_ptr, &status, sizeof(status));
}
