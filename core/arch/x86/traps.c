/* Trap dispatch: hypercalls, interrupts, partition exceptions (to the HM), core faults (panic). */
#include <prtos/arch.h>
#include <prtos/hm.h>
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/printk.h>
#include <prtos/sched.h>
#include <prtos/arch_abi.h>
#include <prtos/panic.h>
#include <arch/io.h>
#include <arch/x86.h>

static const char *const exception_names[32] = {
	"divide error",
	"debug",
	"NMI",
	"breakpoint",
	"overflow",
	"bound range exceeded",
	"invalid opcode",
	"device not available",
	"double fault",
	"coprocessor segment overrun",
	"invalid TSS",
	"segment not present",
	"stack fault",
	"general protection",
	"page fault",
	"reserved",
	"x87 FPU error",
	"alignment check",
	"machine check",
	"SIMD floating point",
};

static void dump_frame(const struct x86_frame *f)
{
	printk("  eip %08x  cs %04x  eflags %08x  error %08x  cr2 %08x  cr3 %08x\n", f->ip, f->cs,
	       f->flags, f->err_code, x86_read_cr2(), x86_read_cr3());
	printk("  eax %08x  ebx %08x  ecx %08x  edx %08x\n", f->eax, f->ebx, f->ecx, f->edx);
	printk("  esi %08x  edi %08x  ebp %08x  esp %08x\n", f->esi, f->edi, f->ebp,
	       (prtos_u32_t)&f->sp);
}

/* A fault inside the core is a broken invariant: dump and stop. */
static void core_fault(const struct x86_frame *f) __attribute__((noreturn));
static void core_fault(const struct x86_frame *f)
{
	const char *name = exception_names[f->irq_nr & 31];

	struct hm_cpu_ctxt c = {.pc = f->ip, .psr = f->flags, .err_code = f->err_code, .valid = 1};

	printk("\nPRTOS PANIC: %s (vector %u) in the hypervisor\n", name ? name : "reserved",
	       f->irq_nr);
	dump_frame(f);
	hm_raise_hypervisor(x86_hm_event(f->irq_nr), &c);
}

static void do_hypercall(struct x86_frame *f)
{
	prtos_word_t args[PRTOS_HCALL_MAX_ARGS] = {f->ebx, f->ecx, f->edx, f->esi, f->edi};

	f->eax = (prtos_u32_t)hypercall_dispatch(f->eax, args);
}

static void do_irq(prtos_u32_t irq)
{
	if (irq == X86_IRQ_TIMER)
		x86_timer_irq();
	/* Other lines stay masked; spurious IRQ 7/15 need no EOI. */
}

/* An exception of the running partition: an HM event of its own. */
static void do_partition_exception(struct x86_frame *f, prtos_u32_t vector, prtos_u32_t err)
{
	struct partition *p = sched_current()->part;
	struct hm_cpu_ctxt c = {.pc = f->ip, .psr = f->flags, .err_code = err, .valid = 1};

	if (vector == X86_VEC_PAGE_FAULT) {
		c.fault_addr = x86_read_cr2();
		c.has_fault_addr = 1;
	}
	if (!hm_raise(p, x86_hm_event(vector), &c))
		schedule(); /* the vCPU was stopped: run something else */
}

int x86_frame_returnable(const struct x86_frame *f)
{
	if (f->cs == USER_CS)
		return !(f->flags & (EFLAGS_VM | EFLAGS_IOPL)) && f->ss == USER_DS;
	return f->cs == KERNEL_CS && !(f->flags & (EFLAGS_VM | EFLAGS_IOPL));
}

/*
 * A partition is never resumed in virtual-8086 mode. Real CPUs ignore EFLAGS.VM
 * in an iret from ring 3, but some models (QEMU's among them) enter the mode,
 * where IOPL 3 would let the partition turn interrupts off. Whatever brought
 * the CPU back, the context becomes a plain ring-3 one again and the entry is
 * reported as the general-protection fault that the iret raises on hardware.
 */
void x86_v86_entry(struct x86_frame *f)
{
	x86_frame_make_user(f);
	if (f->irq_nr == X86_LAPIC_TIMER_VECTOR)
		x86_timer_irq();
	else if (f->irq_nr >= X86_IRQ_BASE && f->irq_nr < X86_IRQ_BASE + 16)
		do_irq(f->irq_nr - X86_IRQ_BASE);
	do_partition_exception(f, X86_VEC_GENERAL_PROTECTION, 0);
	x86_deliver_virq(f);
	CHECK(x86_frame_returnable(f));
}

/* Every entry but those from virtual-8086 mode (entry.S). */
void x86_trap_entry(struct x86_frame *f)
{
	int user = (f->cs & 3) == 3;

	if (f->irq_nr == PRTOS_HCALL_VECTOR && user) {
		x86_set_hcall_frame(f);
		do_hypercall(f);
	} else if (f->irq_nr == X86_LAPIC_TIMER_VECTOR)
		x86_timer_irq();
	else if (f->irq_nr >= X86_IRQ_BASE && f->irq_nr < X86_IRQ_BASE + 16)
		do_irq(f->irq_nr - X86_IRQ_BASE);
	else if (f->irq_nr < 32 && user)
		do_partition_exception(f, f->irq_nr, f->err_code);
	else
		core_fault(f);
	if (f->cs == USER_CS)
		x86_deliver_virq(f); /* on the way back to ring 3 */
	/* The CPU built f from ring-3 or core state; the paths that rewrite a frame
	 * from partition data (x86_v86_entry, hcall_x86_iret) check it themselves. */
	ASSERT(x86_frame_returnable(f));
}
