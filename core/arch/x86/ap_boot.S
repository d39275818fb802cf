/*
 * The first code of a secondary processor: smp.c copies it to X86_AP_TRAMPOLINE
 * (low memory that no partition may own) and sends the STARTUP IPI there. It runs
 * in real mode at that address, enters protected mode with a flat GDT of its own,
 * turns paging on with the boot CPU's CR3 (the core's physical map, identity:
 * this page stays where it is) and CR4, and calls x86_ap_main(cpu) on its stack.
 * The parameters at its end are written by smp.c before each start.
 */
#define X86_AP_TRAMPOLINE 0x8000
#define AT(label) (X86_AP_TRAMPOLINE + (label) - x86_ap_trampoline)
#define CR0_PE 0x00000001
#define CR0_WP 0x00010000
#define CR0_PG 0x80000000

	.section .rodata
	.balign 16
	.globl x86_ap_trampoline
x86_ap_trampoline:
	.code16
	cli
	cld
	xor	%ax, %ax
	mov	%ax, %ds
	lgdtl	AT(tr_gdt_ptr)
	mov	%cr0, %eax
	or	$CR0_PE, %eax
	mov	%eax, %cr0
	ljmpl	$8, $AT(tr_protected)

	.code32
tr_protected:
	mov	$16, %ax
	mov	%ax, %ds
	mov	%ax, %es
	mov	%ax, %ss
	mov	AT(tr_cr4), %eax
	mov	%eax, %cr4
	mov	AT(tr_cr3), %eax
	mov	%eax, %cr3
	mov	%cr0, %eax
	or	$(CR0_PG | CR0_WP), %eax
	mov	%eax, %cr0
	mov	AT(tr_esp), %esp
	pushl	AT(tr_cpu)
	pushl	$0			/* x86_ap_main never returns */
	mov	$x86_ap_main, %eax	/* absolute: this code runs away from its link address */
	jmp	*%eax

	.balign 8
tr_gdt:
	.quad	0
	.quad	0x00CF9A000000FFFF	/* 8: flat code, ring 0 */
	.quad	0x00CF92000000FFFF	/* 16: flat data, ring 0 */
tr_gdt_ptr:
	.word	23
	.long	AT(tr_gdt)

	.balign 4
x86_ap_params:				/* struct ap_params (smp.c) */
tr_cr3:	.long	0
tr_cr4:	.long	0
tr_esp:	.long	0
tr_cpu:	.long	0
x86_ap_trampoline_end:

	/* Its size, and where the parameters are in it, for smp.c. */
	.balign 4
	.globl x86_ap_trampoline_size, x86_ap_params_offset
x86_ap_trampoline_size:
	.long	x86_ap_trampoline_end - x86_ap_trampoline
x86_ap_params_offset:
	.long	x86_ap_params - x86_ap_trampoline
