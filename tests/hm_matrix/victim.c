/* hm_matrix, P0 (the victim): raises HM_EVENT once, from a known instruction, and
 * records in the mailbox what happened to it afterwards. A restarted victim
 * (reset_counter > 0) does not raise it again. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>
#include "hm_matrix.h"

/* Defined by the asm in raise_event(): the faulting instruction and the next one. */
extern char hm_fault_ip[], hm_resume_ip[];

static prtos_u32_t aligned_word[2] __attribute__((aligned(8), unused));
static prtos_s32_t bounds[2] __attribute__((unused)) = {0, 1};

static void __attribute__((noinline, noclone)) raise_event(void)
{
#if HM_EVENT == PRTOS_HM_EV_X86_BREAKPOINT
	__asm__ volatile(".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: int3\n"
			 "hm_resume_ip:\n" ::
				 : "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_OVERFLOW
	__asm__ volatile("movl $0x7fffffff, %%eax\n\t"
			 "addl $1, %%eax\n\t" /* sets OF */
			 ".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: into\n"
			 "hm_resume_ip:\n" ::
				 : "eax", "cc", "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_DEBUG
	__asm__ volatile(".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: .byte 0xf1\n" /* icebp */
			 "hm_resume_ip:\n" ::
				 : "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_DIVIDE_ERROR
	__asm__ volatile("xorl %%ecx, %%ecx\n\t"
			 "xorl %%edx, %%edx\n\t"
			 "movl $1, %%eax\n\t"
			 ".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: divl %%ecx\n"
			 "hm_resume_ip:\n" ::
				 : "eax", "ecx", "edx", "cc", "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_INVALID_OPCODE
	__asm__ volatile(".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: ud2\n"
			 "hm_resume_ip:\n" ::
				 : "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_GENERAL_PROTECTION
	__asm__ volatile("movl %0, %%eax\n\t"
			 ".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: movw %%ax, %%es\n" /* a selector past the GDT's end */
			 "hm_resume_ip:\n"
			 :
			 : "i"(GP_SELECTOR)
			 : "eax", "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_PAGE_FAULT
	__asm__ volatile(".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: movl $1, %c0\n" /* an unmapped page */
			 "hm_resume_ip:\n"
			 :
			 : "i"(UNMAPPED_ADDR)
			 : "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_DEVICE_NOT_AVAILABLE
	__asm__ volatile(".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: fldz\n" /* no "fp" flag */
			 "hm_resume_ip:\n" ::
				 : "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_BOUND_RANGE_EXCEEDED
	__asm__ volatile("movl $5, %%eax\n\t"
			 ".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: boundl %%eax, (%0)\n" /* 5 is outside [0, 1] */
			 "hm_resume_ip:\n"
			 :
			 : "r"(bounds)
			 : "eax", "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_ALIGNMENT_CHECK
	__asm__ volatile("pushfl\n\t"
			 "orl $0x40000, (%%esp)\n\t"
			 "popfl\n\t" /* EFLAGS.AC (CR0.AM is set by the core) */
			 ".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: movl 1(%0), %%eax\n" /* a misaligned 4-byte load */
			 "hm_resume_ip:\n\t"
			 "pushfl\n\t"
			 "andl $~0x40000, (%%esp)\n\t"
			 "popfl\n"
			 :
			 : "r"(aligned_word)
			 : "eax", "cc", "memory");
#elif HM_EVENT == PRTOS_HM_EV_X86_X87_FPU_ERROR
	/* 1/0 with the zero-divide exception unmasked; the next waiting x87
	 * instruction reports it (#MF, with CR0.NE set by the core). */
	static const unsigned short cw_zero_divide = 0x037B;

	__asm__ volatile("fninit\n\t"
			 "fldcw %0\n\t"
			 "fld1\n\t"
			 "fldz\n\t"
			 "fdivrp\n\t"
			 ".globl hm_fault_ip, hm_resume_ip\n"
			 "hm_fault_ip: fwait\n"
			 "hm_resume_ip:\n\t"
			 "fninit\n"
			 :
			 : "m"(cw_zero_divide)
			 : "memory");
#else
#error "hm_matrix: no way to raise this event"
#endif
}

/* PROPAGATE: the exception arrives here; skip the instruction. */
static void exception_handler(trap_ctxt_t *ctxt)
{
	volatile struct hm_mailbox *mb = MAILBOX;

	mb->handler_calls++;
	mb->handler_vector = ctxt->irq_nr;
	mb->handler_ip = ctxt->ip;
	mb->handler_err = ctxt->err_code;
	ctxt->ip = (prtos_u32_t)hm_resume_ip;
	ctxt->flags &= ~EFLAGS_AC;
}

/* SHUTDOWN: the cooperative shutdown request; the victim halts itself. */
static void shutdown_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	MAILBOX->shutdown_seen = 1;
	printf("[P0] shutdown requested: halting\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}

void partition_main(void)
{
	volatile struct hm_mailbox *mb = MAILBOX;
	volatile prtos_u32_t *marker = (volatile prtos_u32_t *)VICTIM_MARKER_ADDR;
	partition_control_table_t *pct = prtos_get_pct();
	prtos_time_t t;
	int i;

	if (pct->reset_counter == 0) {
		memset((void *)mb, 0, sizeof(*mb));
		mb->magic = MAILBOX_MAGIC;
		*marker = VICTIM_MARKER;
	} else {
		mb->marker_kept = *marker == VICTIM_MARKER;
	}
	mb->boots++;
	mb->reset_counter = pct->reset_counter;
	mb->reset_status = pct->reset_status;
	/* A reset's reload ends anywhere in a slot: report from the next one (a console
	 * write still running when the slot ends would delay the sibling's slot, see
	 * doc/testing-hm-matrix.md). */
	if (pct->reset_counter)
		prtos_idle_self();
	printf("[P0] boot %d (reset status %d)\n", (int)pct->reset_counter, (int)pct->reset_status);
	if (pct->reset_counter == 0) {
		install_trap_handler(HM_VECTOR, exception_handler);
		install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SHUTDOWN), shutdown_handler);
		prtos_clear_irqmask(0, 1U << PRTOS_VT_EXT_SHUTDOWN);
		hw_sti();
		for (i = 0; i < VICTIM_WAIT_FRAMES; i++)
			prtos_idle_self();
		mb->fault_ip = (prtos_u32_t)hm_fault_ip;
		mb->resume_ip = (prtos_u32_t)hm_resume_ip;
		printf("[P0] raising %s at 0x%x\n", HM_EVENT_NAME, mb->fault_ip);
		prtos_get_time(PRTOS_HW_CLOCK, &t);
		mb->before_fault = t;
		raise_event();
		mb->resumed = 1;
		/* Report from the next slot: a console write still running when the slot
		 * ends would delay the sibling's slot (see doc/testing-hm-matrix.md). */
		prtos_idle_self();
		if (mb->handler_calls)
			printf("[P0] handler got vector %d at 0x%x, error code 0x%x\n",
			       (int)mb->handler_vector, mb->handler_ip, mb->handler_err);
		printf("[P0] resumed\n");
	}
	for (;;)
		prtos_idle_self();
}
