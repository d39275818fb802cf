/* vCPU contexts: first entry into ring 3, switching, the idle loop. */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <prtos/string.h>
#include <arch/segments.h>
#include <arch/x86.h>
#include <prtos/sched.h>
#include <arch/io.h>

/* What x86_switch_stack pops before returning into x86_trap_return. */
struct initial_stack {
	prtos_u32_t edi, esi, ebx, ebp;
	prtos_u32_t ret;
	struct x86_frame frame;
};

static prtos_u32_t kstack_top(struct vcpu *v)
{
	return (prtos_u32_t)(v->kstack + sizeof(v->kstack));
}

void arch_vcpu_init(struct vcpu *v, prtos_address_t entry)
{
	struct initial_stack *s = (struct initial_stack *)(kstack_top(v) - sizeof(*s));

	memset(s, 0, sizeof(*s));
	s->ret = (prtos_u32_t)x86_trap_return;
	s->frame.ds = s->frame.es = s->frame.fs = s->frame.gs = USER_DS;
	s->frame.ip = entry;
	s->frame.cs = USER_CS;
	s->frame.flags = EFLAGS_IF | EFLAGS_RESERVED;
	s->frame.ss = USER_DS;
	v->arch.ksp = (prtos_u32_t)s;
	v->arch.uses_fpu = v->part && (v->part->cfg->flags & PRTOS_PART_FP);
	v->arch.fpu_saved = 0;
}

/*
 * Only "fp" partitions may use the x87 unit: their state is saved and restored
 * around them. For everything else CR0.TS stays set, so an FPU instruction
 * raises device-not-available, a health-monitor event of that partition.
 */
static void fpu_switch(struct vcpu *prev, struct vcpu *next)
{
	if (prev->arch.uses_fpu) {
		__asm__ volatile("fnsave %0" : "=m"(prev->arch.fpu));
		prev->arch.fpu_saved = 1;
	}
	if (!next->arch.uses_fpu) {
		x86_write_cr0(x86_read_cr0() | CR0_TS);
		return;
	}
	__asm__ volatile("clts");
	if (next->arch.fpu_saved)
		__asm__ volatile("frstor %0" : : "m"(next->arch.fpu));
	else
		__asm__ volatile("fninit");
}

/* A vCPU's ring-3 trap frame is always the top of its kernel stack. */
static struct x86_frame *user_frame(struct vcpu *v)
{
	return (struct x86_frame *)(kstack_top(v) - sizeof(struct x86_frame));
}

void arch_vcpu_reset(struct vcpu *v, prtos_address_t entry)
{
	struct x86_frame *f;

	if (v != sched_current()) {
		arch_vcpu_init(v, entry);
		return;
	}
	f = user_frame(v);
	memset(f, 0, sizeof(*f));
	f->ds = f->es = f->fs = f->gs = USER_DS;
	f->ip = entry;
	f->cs = USER_CS;
	f->flags = EFLAGS_IF | EFLAGS_RESERVED;
	f->ss = USER_DS;
	if (v->arch.uses_fpu)
		__asm__ volatile("fninit");
}

int arch_propagate_trap(struct vcpu *v, prtos_u32_t vector, prtos_u32_t err)
{
	return x86_push_trap(v, user_frame(v), vector, err);
}

void arch_switch_to(struct vcpu *prev, struct vcpu *next)
{
	fpu_switch(prev, next);
	x86_set_kernel_stack(kstack_top(next));
	x86_mm_activate(next);
	x86_switch_stack(&prev->arch.ksp, next->arch.ksp);
}

void arch_idle_loop(void)
{
	for (;;)
		__asm__ volatile("sti\n\thlt\n\tcli" : : : "memory");
}

void arch_start_first(struct vcpu *first)
{
	x86_set_kernel_stack(kstack_top(first));
	__asm__ volatile("mov %0, %%esp\n\tjmp arch_idle_loop" : : "r"(kstack_top(first)));
	__builtin_unreachable();
}
