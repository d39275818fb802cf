/* Partition entry point: stack, .bss, then the C runtime (bail_start). */
	.section .text.start, "ax"
	.globl start
start:
	mov	$bail_stack_top, %esp
	xor	%ebp, %ebp
	mov	$_bss_start, %edi	/* vCPU 0 clears .bss (the stack is not in it) */
	mov	$_bss_end, %ecx
	sub	%edi, %ecx
	xor	%eax, %eax
	cld
	rep stosb
	call	bail_start
1:	jmp	1b

	.section .data.stack, "aw"
	.balign 16
	.globl bail_stack
bail_stack:
	.space	CONFIG_PARTITION_STACK_SIZE
bail_stack_top:
