/*
 * Entering a partition's trap handler (virtual interrupts, propagated
 * exceptions), and the virtual iret. An entry pushes the interrupted context
 * (the ABI's trap context) on the partition's own stack and resumes the
 * partition at its trap entry; prtos_x86_iret() pops it again, after
 * sanitising it. Whether and when to enter is common code's decision.
 */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/guest.h>
#include <prtos/hm.h>
#include <prtos/status.h>
#include <prtos/hypercall.h>
#include <prtos/panic.h>
#include <arch/segments.h>
#include <arch/x86.h>

/*
 * Pushes f on v's user stack as a trap context for vector and enters the
 * partition's trap entry with the virtual IF clear. The IF bit of the pushed
 * flags carries the virtual IF of the interrupted code, for prtos_x86_iret().
 */
static int push_trap(struct vcpu *v, struct x86_frame *f, prtos_u32_t vector, prtos_u32_t err)
{
	struct partition *p = v->part;
	struct x86_frame ctxt = *f;
	prtos_u32_t sp = f->sp - sizeof(ctxt);

	if (!p->trap_entry || f->sp < sizeof(ctxt))
		return -1;
	ctxt.irq_nr = vector;
	ctxt.err_code = err;
	ctxt.flags &= ~EFLAGS_IF;
	if (v->pct->iflags & PRTOS_VIRQ_IF)
		ctxt.flags |= EFLAGS_IF;
	if (guest_copy_to(p, guest_addr(sp), &ctxt, sizeof(ctxt)) != PRTOS_OK)
		return -1;
	v->pct->iflags &= ~PRTOS_VIRQ_IF;
	f->sp = sp;
	f->ip = p->trap_entry;
	f->flags &= ~(EFLAGS_TF | EFLAGS_NT); /* as a gate does: the handler is not traced */
	return 0;
}

int arch_deliver_virq(struct vcpu *v, prtos_u32_t vector, struct hm_cpu_ctxt *where)
{
	struct x86_frame *f = x86_user_frame(v);

	if (push_trap(v, f, vector, 0) == 0)
		return 0;
	*where = (struct hm_cpu_ctxt){.pc = f->ip, .psr = f->flags, .valid = 1};
	return -1;
}

int arch_propagate_trap(struct vcpu *v, prtos_u32_t event, const struct hm_cpu_ctxt *c)
{
	prtos_u32_t vector;

	if (x86_hm_vector(event, &vector))
		return -1;
	return push_trap(v, x86_user_frame(v), vector, c->err_code);
}

prtos_s32_t hcall_x86_iret(void)
{
	struct partition *p = sched_current()->part;
	struct x86_frame *f = x86_user_frame(sched_current()), ctxt; /* the caller's frame */

	if (guest_copy_from(p, &ctxt, guest_addr(f->sp), sizeof(ctxt)) != PRTOS_OK)
		return PRTOS_INVALID_PARAM;
	if (ctxt.flags & EFLAGS_IF)
		current_pct()->iflags |= PRTOS_VIRQ_IF; /* the interrupted code's virtual IF */
	else
		current_pct()->iflags &= ~PRTOS_VIRQ_IF;
	x86_frame_make_user(&ctxt);
	CHECK(x86_frame_returnable(&ctxt));
	*f = ctxt;
	return (prtos_s32_t)ctxt.eax; /* the dispatcher stores it back into EAX */
}
