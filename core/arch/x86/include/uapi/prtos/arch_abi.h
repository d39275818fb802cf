/* x86 (32-bit) binary interface between partitions and the core. */
#ifndef PRTOS_UAPI_ARCH_ABI_H
#define PRTOS_UAPI_ARCH_ABI_H

/*
 * Hypercall: "int $PRTOS_HCALL_VECTOR" from ring 3 with EAX = number and the
 * argument words in EBX, ECX, EDX, ESI, EDI; the result comes back in EAX.
 * Words are 32-bit: a 64-bit argument takes two, low word first.
 */
#define PRTOS_HCALL_VECTOR 0x82
#define PRTOS_HCALL_MAX_ARGS 5

/*
 * x86's own hypercalls, in the form of the common list (<prtos/hypercalls.h>),
 * which leaves their numbers free: the return from a virtual trap and the
 * virtual interrupt flag. PRTOS_ARCH_HCALL_END is one past the highest.
 */
#define PRTOS_HCALL_NR_X86_IRET 7
#define PRTOS_ARCH_HYPERCALL_LIST(X)                             \
	X(PRTOS_HCALL_NR_X86_IRET, x86_iret, prtos_s32_t, 0, ()) \
	X(8, x86_set_if, void, 0, ())                            \
	X(9, x86_clear_if, void, 0, ())
#define PRTOS_ARCH_HCALL_END 10

/* Partition segment selectors (flat, ring 3). */
#define PRTOS_USER_CS 0x1B
#define PRTOS_USER_DS 0x23

/*
 * Top 4 MiB of every partition's virtual space belong to the core. The only
 * user-visible part is the read-only partition control table of each vCPU,
 * one page each, starting at PRTOS_PCT_VADDR.
 */
#define PRTOS_RESERVED_VADDR 0xFFC00000U
#define PRTOS_PCT_VADDR 0xFFC00000U
#define PRTOS_PCT_STRIDE 4096U

/*
 * The core maps its own area with 4 MiB pages shared by every address space:
 * no partition area may be mapped in the 4 MiB windows its area touches.
 */
#define PRTOS_CORE_VADDR_GRANULE 0x400000U

/*
 * Memory no partition may own or see (checked by prtoscc and again by the core):
 * - below PRTOS_X86_LOW_RESERVED_END: the PC's legacy first MiB, which is all
 *   that real and virtual-8086 mode can address (up to 0x10FFEF), and the
 *   resident loader linked at 1 MiB;
 * - the platform device window: IO-APIC (0xFEC00000), HPET (0xFED00000),
 *   local APIC (0xFEE00000) and the chipset's other registers.
 */
#define PRTOS_X86_LOW_RESERVED_END 0x00200000U
#define PRTOS_X86_DEVICE_WINDOW_START 0xFEC00000U
#define PRTOS_X86_DEVICE_WINDOW_END 0xFF000000U
/*
 * The top 4 MiB of physical memory (firmware) is out of the core's physical map
 * (its virtual top 4 MiB holds the core's windows): no area or memory block
 * may lie there either.
 */
#define PRTOS_X86_PHYS_TOP_START 0xFFC00000U

#ifndef __ASSEMBLY__
/*
 * Health-monitor events of x86 (the arch range of <prtos/hmdefs.h>): one per
 * exception vector a partition can raise, event = PRTOS_HM_EV_X86_BASE + vector.
 * Vector 15 is reserved: no event is numbered 21.
 */
#define PRTOS_HM_EV_X86_BASE 6
#define PRTOS_HM_EV_X86_DIVIDE_ERROR 6
#define PRTOS_HM_EV_X86_DEBUG 7
#define PRTOS_HM_EV_X86_NMI_INTERRUPT 8
#define PRTOS_HM_EV_X86_BREAKPOINT 9
#define PRTOS_HM_EV_X86_OVERFLOW 10
#define PRTOS_HM_EV_X86_BOUND_RANGE_EXCEEDED 11
#define PRTOS_HM_EV_X86_INVALID_OPCODE 12
#define PRTOS_HM_EV_X86_DEVICE_NOT_AVAILABLE 13
#define PRTOS_HM_EV_X86_DOUBLE_FAULT 14
#define PRTOS_HM_EV_X86_COPROCESSOR_SEGMENT_OVERRUN 15
#define PRTOS_HM_EV_X86_INVALID_TSS 16
#define PRTOS_HM_EV_X86_SEGMENT_NOT_PRESENT 17
#define PRTOS_HM_EV_X86_STACK_FAULT 18
#define PRTOS_HM_EV_X86_GENERAL_PROTECTION 19
#define PRTOS_HM_EV_X86_PAGE_FAULT 20
#define PRTOS_HM_EV_X86_X87_FPU_ERROR 22
#define PRTOS_HM_EV_X86_ALIGNMENT_CHECK 23
#define PRTOS_HM_EV_X86_MACHINE_CHECK 24
#define PRTOS_HM_EV_X86_SIMD_FLOATING_POINT 25
#define PRTOS_HM_ARCH_NUM_EVENTS 20 /* vectors 0 to 19 */
/* Their names, in event order (NULL: no event); XML adds "PRTOS_HM_EV_" in front. */
#define PRTOS_HM_ARCH_EVENT_NAMES                                                               \
	"X86_DIVIDE_ERROR", "X86_DEBUG", "X86_NMI_INTERRUPT", "X86_BREAKPOINT", "X86_OVERFLOW", \
		"X86_BOUND_RANGE_EXCEEDED", "X86_INVALID_OPCODE", "X86_DEVICE_NOT_AVAILABLE",   \
		"X86_DOUBLE_FAULT", "X86_COPROCESSOR_SEGMENT_OVERRUN", "X86_INVALID_TSS",       \
		"X86_SEGMENT_NOT_PRESENT", "X86_STACK_FAULT", "X86_GENERAL_PROTECTION",         \
		"X86_PAGE_FAULT", (const char *)0, "X86_X87_FPU_ERROR", "X86_ALIGNMENT_CHECK",  \
		"X86_MACHINE_CHECK", "X86_SIMD_FLOATING_POINT"

/*
 * The x86 I/O ports a partition may be granted (IoPorts): legacy devices that
 * cannot reach memory (no DMA), reset or power off the machine, or change its
 * memory map or its A20 gate. prtoscc refuses any other port, and the core does
 * not start a partition that was granted one. Base and number of ports.
 */
struct prtos_x86_port_range {
	unsigned short base, num;
};

#define PRTOS_X86_PARTITION_PORTS                                     \
	{                                                             \
		{0x70, 2},	     /* CMOS clock: index and data */ \
			{0x80, 1},   /* POST diagnostic port */       \
			{0x278, 3},  /* LPT2 */                       \
			{0x2E8, 8},  /* COM4 */                       \
			{0x2F8, 8},  /* COM2 */                       \
			{0x378, 3},  /* LPT1 */                       \
			{0x3B0, 48}, /* VGA registers */              \
			{0x3E8, 8},  /* COM3 */                       \
	}

/* The trace export's UART (Kconfig TRACE_EXPORT): COM2, whose ports and IRQ line the
 * core then keeps. */
#define PRTOS_X86_EXPORT_UART_BASE 0x2F8
#define PRTOS_X86_EXPORT_UART_PORTS 8
#define PRTOS_X86_EXPORT_UART_IRQ 3

/* Every port a partition may own lies in [FIRST, END): a switch rewrites only that. */
#define PRTOS_X86_PARTITION_PORTS_FIRST 0x70
#define PRTOS_X86_PARTITION_PORTS_END 0x3F0

/* 1 if ports [base, base + num) lie inside one range a partition may own. */
static inline int prtos_x86_ports_allowed(unsigned int base, unsigned int num)
{
	static const struct prtos_x86_port_range allowed[] = PRTOS_X86_PARTITION_PORTS;
	unsigned int i;

	for (i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
		if (base >= allowed[i].base && num <= allowed[i].num &&
		    base - allowed[i].base <= allowed[i].num - num)
			return num > 0;
	return 0;
}

/*
 * 1 if arch event ev leaves the partition at the instruction that raised it, so
 * that resuming there raises it again: every exception is a fault or an abort,
 * but debug, breakpoint and overflow, which are traps (ip is past the instruction).
 */
static inline int prtos_hm_arch_event_refaults(unsigned int ev)
{
	return ev >= PRTOS_HM_EV_X86_BASE && ev < PRTOS_HM_EV_X86_BASE + PRTOS_HM_ARCH_NUM_EVENTS &&
	       ev != PRTOS_HM_EV_X86_DEBUG && ev != PRTOS_HM_EV_X86_BREAKPOINT &&
	       ev != PRTOS_HM_EV_X86_OVERFLOW;
}

/*
 * The register frame of a trap, in the order of BAIL's trap_ctxt_t: the core
 * saves it on every entry and hands it to a partition's trap handlers.
 * sp and ss are valid for traps taken in ring 3.
 */
struct prtos_x86_trap_ctxt {
	unsigned int ebx, ecx, edx, esi, edi, ebp, eax;
	unsigned int ds, es, fs, gs;
	unsigned int irq_nr, err_code;
	unsigned int ip, cs, flags;
	unsigned int sp, ss;
};
#endif

#endif
