/* vCPU contexts: first entry into ring 3, switching, the idle loop. */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <prtos/string.h>
#include <prtos/panic.h>
#include <arch/segments.h>
#include <arch/x86.h>
#include <prtos/sched.h>
#include <arch/io.h>

/* What x86_switch_stack pops before returning into ret. */
struct initial_stack {
	prtos_u32_t edi, esi, ebx, ebp;
	prtos_u32_t ret;
	struct x86_frame frame;
};

/* The fnsave image of the x87/MMX unit (Intel SDM vol. 1, 8.1.10). */
struct x87_state {
	prtos_u16_t fcw, pad0, fsw, pad1, ftw, pad2;
	prtos_u32_t fip, fcs, fdp, fds;
	prtos_u8_t regs[80]; /* ST0-ST7; MMX registers are their low 64 bits */
} __attribute__((packed));

_Static_assert(sizeof(struct x87_state) == sizeof(((struct arch_vcpu *)0)->fpu), "fnsave");

/*
 * The x87 state every "fp" vCPU starts from, at first run and at each reset:
 * fninit's control, status and tag words, and every data register zeroed
 * (fninit alone leaves the registers, and the MMX values in them, as they were).
 */
static const struct x87_state clean_x87 = {.fcw = 0x037F, .ftw = 0xFFFF};

void x86_vcpu_call_entry(void);

prtos_u8_t *arch_boot_stack(void)
{
	extern prtos_u8_t x86_boot_stack[]; /* boot.S */

#ifdef CONFIG_SMP
	if (this_cpu_id())
		return x86_ap_stack(this_cpu_id());
#endif
	return x86_boot_stack;
}

static prtos_u32_t kstack_top(struct vcpu *v)
{
	return (prtos_u32_t)(v->kstack + CONFIG_KSTACK_SIZE);
}

static void frame_init(struct x86_frame *f, prtos_address_t entry)
{
	memset(f, 0, sizeof(*f));
	f->ip = entry;
	x86_frame_make_user(f);
}

/* A fresh kernel stack whose first switch-in returns to ret with esi and ebx set. */
static struct initial_stack *stack_init(struct vcpu *v, prtos_address_t entry, prtos_u32_t ret)
{
	struct initial_stack *s = (struct initial_stack *)(kstack_top(v) - sizeof(*s));

	_Static_assert(sizeof(*s) - sizeof(s->frame) == 5 * 4, "x86_switch_stack layout");
	memset(s, 0, sizeof(*s));
	s->ret = ret;
	frame_init(&s->frame, entry);
	v->arch.ksp = (prtos_u32_t)s;
	v->arch.phys_map = 0;
	v->arch.uses_fpu = v->part && (v->part->cfg->flags & PRTOS_PART_FP);
	memcpy(v->arch.fpu, &clean_x87, sizeof(clean_x87));
	return s;
}

void arch_vcpu_init(struct vcpu *v, prtos_address_t entry)
{
	stack_init(v, entry, (prtos_u32_t)x86_trap_return);
}

void arch_vcpu_start_call(struct vcpu *v, prtos_address_t entry, void (*fn)(struct vcpu *v))
{
	struct initial_stack *s = stack_init(v, entry, (prtos_u32_t)x86_vcpu_call_entry);

	s->esi = (prtos_u32_t)v;
	s->ebx = (prtos_u32_t)fn;
}

/*
 * Only "fp" partitions may use the x87 unit: their state is saved and restored
 * around them. For everything else CR0.TS stays set, so an FPU or MMX
 * instruction raises device-not-available, a health-monitor event of that
 * partition.
 */
static void fpu_switch(struct vcpu *prev, struct vcpu *next)
{
	if (prev->arch.uses_fpu)
		__asm__ volatile("fnsave %0" : "=m"(prev->arch.fpu));
	if (!next->arch.uses_fpu) {
		x86_write_cr0(x86_read_cr0() | CR0_TS);
		return;
	}
	__asm__ volatile("clts\n\tfrstor %0" : : "m"(next->arch.fpu));
}

void arch_vcpu_reset(struct vcpu *v, prtos_address_t entry)
{
	ASSERT(v == sched_current());
	frame_init(x86_user_frame(v), entry);
	if (v->arch.uses_fpu) /* fnclex: frstor would raise a pending x87 exception in the core */
		__asm__ volatile("fnclex\n\tfrstor %0" : : "m"(clean_x87));
}

void arch_switch_to(struct vcpu *prev, struct vcpu *next)
{
	fpu_switch(prev, next);
	if ((next->part && next->part->space.has_io) || x86_io_in_use())
		x86_io_switch(next); /* the bitmap: only around partitions with ports */
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
