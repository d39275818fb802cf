/*
 * Resident loader entry: a multiboot v1 kernel (a.out kludge, so the whole
 * file, loader and container, is loaded at RSW_LOAD_ADDR).
 */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00010003 /* page-align modules, memory info, address fields */

	.section .text.boot, "ax"
	.globl rsw_entry
	.balign 4
mb_header:
	.long	MB_MAGIC
	.long	MB_FLAGS
	.long	-(MB_MAGIC + MB_FLAGS)
	.long	mb_header	/* header_addr */
	.long	__rsw_start	/* load_addr */
	.long	0		/* load_end_addr: the whole file */
	.long	0		/* bss_end_addr: no bss outside the file */
	.long	rsw_entry	/* entry_addr */

rsw_entry:
	cli
	cld
	mov	$rsw_stack_top, %esp
	push	%ebx		/* multiboot info */
	push	%eax		/* multiboot magic */
	call	loader_main
1:	hlt
	jmp	1b

	.section .data.stack, "aw"
	.balign 16
	.space	8192
rsw_stack_top:
