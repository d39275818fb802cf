/*
 * vCPU hypercalls: a partition starts, stops and resumes its own vCPUs. A vCPU that
 * runs on another CPU is stopped at once (sched_kick()); one started again gets a
 * fresh stack from its own CPU (vcpu_start_later()).
 */
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/guest.h>

/* Sets v's state under its CPU's scheduler lock (another CPU's scheduler reads it). */
static void vcpu_set_state(struct vcpu *v, enum vcpu_state state)
{
	vcpu_lock(v);
	v->state = state;
	vcpu_unlock(v);
}

/* vCPU vcpu of the caller's partition, or NULL. */
static struct vcpu *own_vcpu(prtos_u32_t vcpu)
{
	struct partition *p = current_part();

	return vcpu < p->cfg->num_vcpus ? &p->vcpus[vcpu] : NULL;
}

prtos_s32_t hcall_get_vcpuid(void)
{
	return (prtos_s32_t)sched_current()->id;
}

/*
 * Starts halted vCPU vcpu at entry, with status in its control table's reset_status.
 * ptd (a page-table directory, in PRTOS) is not used: the core owns the page tables,
 * and every vCPU of a partition runs in its one address space.
 */
prtos_s32_t hcall_reset_vcpu(prtos_u32_t vcpu, prtos_address_t ptd, prtos_address_t entry,
			     prtos_u32_t status)
{
	struct vcpu *v = own_vcpu(vcpu);

	(void)ptd;
	if (!v || !guest_check(v->part, guest_addr(entry), 1, GUEST_READ))
		return PRTOS_INVALID_PARAM;
	if (v->state != VCPU_HALTED)
		return PRTOS_INVALID_MODE;
	vcpu_reset_state(v, status);
	vcpu_start_later(v, entry, NULL); /* ready and rebuilt in one step */
	return PRTOS_OK;
}

prtos_s32_t hcall_halt_vcpu(prtos_u32_t vcpu)
{
	struct vcpu *v = own_vcpu(vcpu);

	if (!v)
		return PRTOS_INVALID_PARAM;
	if (v->state == VCPU_HALTED)
		return PRTOS_NO_ACTION;
	vcpu_set_state(v, VCPU_HALTED);
	if (v == sched_current())
		schedule(); /* does not come back */
	sched_kick(v);
	return PRTOS_OK;
}

prtos_s32_t hcall_suspend_vcpu(prtos_u32_t vcpu)
{
	struct vcpu *v = own_vcpu(vcpu);

	if (!v)
		return PRTOS_INVALID_PARAM;
	if (v->state == VCPU_HALTED)
		return PRTOS_INVALID_MODE;
	if (v->state == VCPU_SUSPENDED)
		return PRTOS_NO_ACTION;
	vcpu_set_state(v, VCPU_SUSPENDED);
	if (v == sched_current())
		schedule(); /* comes back once resumed */
	else
		sched_kick(v);
	return PRTOS_OK;
}

prtos_s32_t hcall_resume_vcpu(prtos_u32_t vcpu)
{
	struct vcpu *v = own_vcpu(vcpu);

	if (!v)
		return PRTOS_INVALID_PARAM;
	if (v->state != VCPU_SUSPENDED)
		return PRTOS_NO_ACTION;
	vcpu_set_state(v, VCPU_READY); /* runs in its slots: now if one is on */
	sched_kick(v);
	return PRTOS_OK;
}
