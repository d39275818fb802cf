/* Hypercalls that control partitions and the system. */
#include <prtos/core_lock.h>
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/printk.h>
#include <prtos/arch.h>
#include <prtos/smp.h>

prtos_s32_t hcall_halt_partition(prtos_u32_t id)
{
	struct partition *self = current_part(), *target = part_by_id(id);

	if (!target)
		return PRTOS_INVALID_PARAM;
	if (target != self && !part_is_system(self))
		return PRTOS_PERM_ERROR;
	if (part_state(target) == PRTOS_STATUS_HALTED)
		return PRTOS_NO_ACTION;
	preemption_open(); /* the message must not run into another slot */
	printk("[PRTOS] P%u (%s) halted\n", target->id, target->cfg->name);
	preemption_close();
	part_halt(target);
	if (target == self)
		schedule(); /* does not come back */
	return PRTOS_OK;
}

prtos_s32_t hcall_halt_system(void)
{
	struct partition *self = current_part();

	if (!part_is_system(self))
		return PRTOS_PERM_ERROR;
	smp_stop_others();
	sched_print_stats();
	printk("[PRTOS] system halted by P%u (%s)\n", self->id, self->cfg->name);
	arch_machine_halt(0);
}

prtos_s32_t hcall_idle_self(void)
{
	struct vcpu *v = sched_current();

	v->state = VCPU_IDLE;
	v->idle_until = sched_slot_end();
	schedule();
	return PRTOS_OK;
}
