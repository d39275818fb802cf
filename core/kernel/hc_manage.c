/* Partition management hypercalls: system partitions act on others, any partition on itself. */
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/printk.h>
#include <prtos/virq.h>
#include <prtos/arch.h>
#include <prtos/reset.h>

/*
 * The target of a management call, or NULL with *err set: an unknown id is
 * PRTOS_INVALID_PARAM, another partition without `system` PRTOS_PERM_ERROR.
 */
static struct partition *manage_target(prtos_u32_t id, prtos_s32_t *err)
{
	struct partition *self = sched_current()->part, *target = part_by_id(id);

	*err = PRTOS_OK;
	if (!target)
		*err = PRTOS_INVALID_PARAM;
	else if (target != self && !part_is_system(self))
		*err = PRTOS_PERM_ERROR;
	return *err ? NULL : target;
}

prtos_s32_t hcall_suspend_partition(prtos_u32_t id)
{
	prtos_s32_t err;
	struct partition *p = manage_target(id, &err);

	if (!p)
		return err;
	if (part_state(p) == PRTOS_STATUS_HALTED)
		return PRTOS_INVALID_MODE;
	if (part_state(p) == PRTOS_STATUS_SUSPENDED)
		return PRTOS_NO_ACTION;
	part_suspend(p); /* every vCPU, now, wherever it runs */
	if (p == sched_current()->part)
		schedule(); /* comes back once resumed */
	return PRTOS_OK;
}

prtos_s32_t hcall_resume_partition(prtos_u32_t id)
{
	prtos_s32_t err;
	struct partition *p = manage_target(id, &err);

	if (!p)
		return err;
	if (!part_any_vcpu(p, VCPU_SUSPENDED))
		return PRTOS_NO_ACTION;
	part_resume(p); /* runs again in its slots: now if one is on */
	return PRTOS_OK;
}

prtos_s32_t hcall_reset_partition(prtos_u32_t id, prtos_u32_t mode, prtos_u32_t status)
{
	prtos_s32_t err;
	struct partition *p = manage_target(id, &err);

	if (!p)
		return err;
	if (mode != PRTOS_COLD_RESET && mode != PRTOS_WARM_RESET)
		return PRTOS_INVALID_PARAM;
	if (part_reset(p, mode, status))
		return PRTOS_INVALID_MODE; /* it has no image to restart from */
	if (sched_current()->state != VCPU_READY)
		schedule(); /* a vCPU other than 0 reset its own partition: it is halted */
	return PRTOS_OK;
}

prtos_s32_t hcall_shutdown_partition(prtos_u32_t id)
{
	prtos_s32_t err;
	struct partition *p = manage_target(id, &err);

	if (!p)
		return err;
	if (part_state(p) == PRTOS_STATUS_HALTED)
		return PRTOS_NO_ACTION;
	virq_raise(p, PRTOS_VT_EXT_SHUTDOWN);
	return PRTOS_OK;
}

prtos_s32_t hcall_reset_system(prtos_u32_t mode)
{
	struct partition *self = sched_current()->part;

	if (!part_is_system(self))
		return PRTOS_PERM_ERROR;
	if (mode != PRTOS_COLD_RESET && mode != PRTOS_WARM_RESET)
		return PRTOS_INVALID_PARAM;
	printk("[PRTOS] system %s reset by P%u (%s)\n", mode == PRTOS_COLD_RESET ? "cold" : "warm",
	       self->id, self->cfg->name);
	system_reset(mode == PRTOS_COLD_RESET);
}
