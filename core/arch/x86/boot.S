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

	/* The boot's stack, which the idle context takes over (arch_boot_stack). */
	.section .bss
	.balign 16
	.globl x86_boot_stack
x86_boot_stack:
	.space	CONFIG_KSTACK_SIZE
boot_stack_top:
