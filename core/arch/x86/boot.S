/* Core entry from the resident loader: protected mode, flat segments, paging and IRQs off.
 * EAX = PRTOS_BOOT_MAGIC, EBX = struct prtos_boot_info *. */
	.section .text.boot, "ax"
	.globl core_entry
core_entry:
	cli
	cld
	mov	$boot_stack_top, %esp
	push	%ebx
	push	%eax
	call	kernel_main
1:	hlt
	jmp	1b

	.section .bss
	.balign 16
boot_stack:
	.space	8192
boot_stack_top:
