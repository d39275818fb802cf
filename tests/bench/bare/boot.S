/*
 * The bare kernel's entry and its ring-0 handlers: each does the least its
 * mechanism needs, so that what it costs is the hardware's (QEMU's) floor.
 */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00000003 /* modules page-aligned, memory information */
#define LAPIC_EOI 0xFEE000B0

	.section .multiboot, "a"
	.balign 4
	.long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

	.text
	.globl _start
_start:
	rdtsc				/* the first instruction after the firmware */
	movl	%eax, bare_entry_tsc
	movl	%edx, bare_entry_tsc + 4
	movl	$bare_stack_top, %esp
	call	bare_main
1:	hlt
	jmp	1b

/* int $0x80 from ring 3: the empty round trip. */
	.globl bare_isr_null
bare_isr_null:
	iret

/* int $0x81 from ring 3, ESI = source, ECX = words: one copy into the kernel. */
	.globl bare_isr_copy
bare_isr_copy:
	movl	$bare_kbuf, %edi
	rep movsl
	iret

/* The local APIC timer in ring 3: acknowledge, and resume in ring 3 at the
 * handler (bench_spin_exit) instead of the interrupted instruction. */
	.globl bare_isr_timer
bare_isr_timer:
	movl	$0, LAPIC_EOI
	movl	$bench_spin_exit, (%esp)
	iret

/* The same, in the other address space: a CR3 reload on the way. */
	.globl bare_isr_switch
bare_isr_switch:
	movl	$0, LAPIC_EOI
	movl	bare_next_cr3, %eax
	movl	%eax, %cr3
	movl	$bench_spin_exit, (%esp)
	iret

	.bss
	.balign 16
	.space	16384
bare_stack_top:
