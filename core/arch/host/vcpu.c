/*
 * The host arch's vCPUs. A switch cannot change stacks here: arch_switch_to() records
 * it and returns, and the next vCPU is the caller of the following hypercalls. A
 * vCPU prepared by arch_vcpu_start_call() runs its function at its next switch-in,
 * as its first switch-in would on a real port.
 */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <arch/host.h>

void arch_vcpu_init(struct vcpu *v, prtos_address_t entry)
{
	v->arch.entry = entry;
	v->arch.start_fn = NULL;
}

void arch_switch_to(struct vcpu *prev, struct vcpu *next)
{
	struct host_switch *s = &host.switches[host.num_switches++ % HOST_SWITCH_LOG];
	void (*fn)(struct vcpu * v) = next->arch.start_fn;

	s->prev = prev;
	s->next = next;
	s->at = arch_now_us();
	next->arch.switched_in++;
	if (fn) {
		next->arch.start_fn = NULL;
		fn(next);
	}
}

const struct host_switch *host_last_switch(void)
{
	if (!host.num_switches)
		return NULL;
	return &host.switches[(host.num_switches - 1) % HOST_SWITCH_LOG];
}

void arch_vcpu_start_call(struct vcpu *v, prtos_address_t entry, void (*fn)(struct vcpu *v))
{
	v->arch.entry = entry;
	v->arch.start_fn = fn;
}

void arch_vcpu_reset(struct vcpu *v, prtos_address_t entry)
{
	v->arch.entry = entry;
	v->arch.resets++;
}

int arch_propagate_trap(struct vcpu *v, prtos_u32_t vector, prtos_u32_t err)
{
	if (host.trap_result)
		return host.trap_result;
	v->arch.traps++;
	v->arch.last_vector = vector;
	v->arch.last_err = err;
	return 0;
}

const char *arch_part_prepare(struct partition *p)
{
	if (host.refuse_id == (prtos_s32_t)p->id)
		return host.refusal;
	return NULL;
}
