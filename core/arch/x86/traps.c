/*
 * x86 trap entry: decodes each entry once (vector, ring, error code, CR2) into
 * a struct trap for common code (kernel/trap.c), which decides what to do.
 */
#include <prtos/trap.h>
#include <prtos/arch.h>
#include <prtos/printk.h>
#include <prtos/panic.h>
#include <prtos/sched.h>
#include <arch/io.h>
#include <arch/x86.h>

#define X86_NUM_EXCEPTIONS 32

/* A fault inside the core is a broken invariant: its registers, before the HM stops the system. */
static void dump_core_fault(const struct x86_frame *f, const struct trap *t)
{
	const char *name = prtos_hm_event_name(t->hm_event);

	printk("\nPRTOS PANIC: %s (vector %u) in the hypervisor\n", name ? name : "?", f->irq_nr);
	printk("  eip %08x  cs %04x  eflags %08x  error %08x  cr2 %08x  cr3 %08x\n", f->ip, f->cs,
	       f->flags, f->err_code, x86_read_cr2(), x86_read_cr3());
	printk("  eax %08x  ebx %08x  ecx %08x  edx %08x\n", f->eax, f->ebx, f->ecx, f->edx);
	printk("  esi %08x  edi %08x  ebp %08x  esp %08x\n", f->esi, f->edi, f->ebp,
	       (prtos_u32_t)&f->sp);
}

/* Exception vector (error code err) at f: the HM event, and CR2 for a page fault. */
static void decode_fault(struct x86_frame *f, struct trap *t, prtos_u32_t vector, prtos_u32_t err)
{
	t->kind = TRAP_FAULT;
	t->cause = vector;
	t->hm_event = x86_hm_event(vector);
	t->where = (struct hm_cpu_ctxt){.pc = f->ip, .psr = f->flags, .err_code = err, .valid = 1};
	if (vector == X86_VEC_PAGE_FAULT) {
		t->where.fault_addr = x86_read_cr2();
		t->where.has_fault_addr = 1;
	}
}

_Static_assert(__builtin_offsetof(struct x86_frame, ecx) ==
			       __builtin_offsetof(struct x86_frame, ebx) + 4 &&
		       __builtin_offsetof(struct x86_frame, edx) ==
			       __builtin_offsetof(struct x86_frame, ebx) + 8 &&
		       __builtin_offsetof(struct x86_frame, esi) ==
			       __builtin_offsetof(struct x86_frame, ebx) + 12 &&
		       __builtin_offsetof(struct x86_frame, edi) ==
			       __builtin_offsetof(struct x86_frame, ebx) + 16,
	       "the hypercall's argument registers are consecutive words of the frame (stub_130 "
	       "hands &f->ebx to trap_hypercall)");

/* What the entry at f was. Interrupts are acknowledged here. Inline: it is on every entry. */
static inline __attribute__((always_inline)) void decode(struct x86_frame *f, struct trap *t)
{
	prtos_u32_t vector = f->irq_nr;

	t->cause = vector;
	t->from_partition = (f->cs & 3) == 3;
	if (vector == PRTOS_HCALL_VECTOR && t->from_partition) {
		/* Only from virtual-8086 mode: stub_130 takes ring 3's gate straight to
		 * trap_hypercall(), and x86_v86_entry() reports this one as a #GP. */
		t->kind = TRAP_IRQ;
	} else if (vector == X86_LAPIC_TIMER_VECTOR || vector == X86_RESCHED_VECTOR) {
		x86_lapic_eoi();
		t->kind = TRAP_TIMER;
	} else if (vector == X86_IRQ_BASE + X86_IRQ_TIMER) {
		x86_pic_eoi(X86_IRQ_TIMER); /* the PIT's line, open only without a local APIC */
		t->kind = TRAP_TIMER;
	} else if (vector >= X86_IRQ_BASE && vector < X86_IRQ_BASE + 16) {
		t->kind = TRAP_IRQ; /* other lines stay masked; spurious IRQ 7/15 need no EOI */
	} else {
		t->from_partition = t->from_partition && vector < X86_NUM_EXCEPTIONS;
		decode_fault(f, t, vector, f->err_code);
		if (!t->from_partition)
			dump_core_fault(f, t);
	}
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
 * An interrupt that brought it back is handled first, without returning to
 * the partition, which its fault does.
 */
void x86_v86_entry(struct x86_frame *f)
{
	struct trap t = {0};

	x86_frame_make_user(f);
	decode(f, &t);
	if (t.kind == TRAP_TIMER || t.kind == TRAP_IRQ) {
		t.from_partition = 0;
		trap_handle(&t);
	}
	t.from_partition = 1;
	decode_fault(f, &t, X86_VEC_GENERAL_PROTECTION, 0);
	trap_handle(&t);
	CHECK(x86_frame_returnable(f));
}

/* The local APIC timer's entry (stub_48), but from virtual-8086 mode: no decoding. */
void x86_timer_entry(struct x86_frame *f)
{
	int from_partition = (f->cs & 3) == 3;

	ASSERT(!from_partition || f == x86_user_frame(sched_current()));
	x86_lapic_eoi();
	trap_timer(f->irq_nr, from_partition);
	ASSERT(x86_frame_returnable(f));
}

/*
 * Every entry but the hypercall gate's and the APIC timer's from ring 3 or the
 * core, and those from virtual-8086 mode (entry.S).
 */
void x86_trap_entry(struct x86_frame *f)
{
	struct trap t; /* decode() sets what t's kind uses */

	decode(f, &t);
	/* arch_deliver_virq() and arch_propagate_trap() act on this frame */
	ASSERT(!t.from_partition || f == x86_user_frame(sched_current()));
	trap_handle(&t);
	/* The CPU built f from ring-3 or core state; the paths that rewrite a frame
	 * from partition data (x86_v86_entry, hcall_x86_iret) check it themselves. */
	ASSERT(x86_frame_returnable(f));
}
