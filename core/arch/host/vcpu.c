/*
 * The host arch's vCPUs. A switch cannot change stacks here: arch_switch_to() records
 * it and returns, and the next vCPU is the caller of the following hypercalls. A
 * vCPU prepared by arch_vcpu_start_call() runs its function at its next switch-in,
 * as its first switch-in would on a real port.
 */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <prtos/hm.h>
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

/* Entering the handler turns the virtual IF off, as on a real port. */
int arch_deliver_virq(struct vcpu *v, prtos_u32_t vector, struct hm_cpu_ctxt *where)
{
	if (host.virq_fails) {
		*where = (struct hm_cpu_ctxt){.pc = v->arch.entry, .valid = 1};
		return -1;
	}
	v->arch.virqs++;
	v->arch.last_virq = vector;
	v->pct->iflags &= ~PRTOS_VIRQ_IF;
	return 0;
}

int arch_propagate_trap(struct vcpu *v, prtos_u32_t event, const struct hm_cpu_ctxt *c)
{
	if (host.trap_result || !prtos_hm_event_is_arch(event))
		return -1;
	v->arch.traps++;
	v->arch.last_trap = event - PRTOS_HM_EV_HOST_BASE;
	v->arch.last_err = c->err_code;
	return 0;
}

const char *arch_part_prepare(struct partition *p)
{
	if (host.refuse_id == (prtos_s32_t)p->id)
		return host.refusal;
	return NULL;
}
