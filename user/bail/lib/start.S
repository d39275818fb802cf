/*
 * Partition entry point, for every vCPU: its stack, .bss (vCPU 0 only), then the C
 * runtime (bail_start, or bail_start_vcpu for vCPUs started by setup_vcpus()).
 */
#include <prtos/arch_abi.h>
#include "bail_internal.h"

	.section .text.start, "ax"
	.globl start
start:
	mov	$BAIL_HC_GET_VCPUID, %eax
	int	$PRTOS_HCALL_VECTOR	/* EAX = this vCPU's id */
	test	%eax, %eax
	jnz	1f
	mov	$bail_stack_top, %esp
	xor	%ebp, %ebp
	mov	$_bss_start, %edi	/* vCPU 0 clears .bss (its stack is not in it) */
	mov	$_bss_end, %ecx
	sub	%edi, %ecx
	xor	%eax, %eax
	cld
	rep stosb
	call	bail_start
2:	jmp	2b
#if BAIL_MAX_VCPUS > 1
1:	cmp	$BAIL_MAX_VCPUS, %eax	/* a vCPU this build has no stack for: stop it */
	jae	3f
	imul	$CONFIG_PARTITION_STACK_SIZE, %eax
	lea	bail_vcpu_stacks(%eax), %esp /* the top of stack id - 1 */
	xor	%ebp, %ebp
	call	bail_start_vcpu
	jmp	2b
#else
1:
#endif
3:	ud2				/* a health-monitor event of the partition */

	.section .data.stack, "aw"
	.balign 16
	.globl bail_stack
bail_stack:
	.space	CONFIG_PARTITION_STACK_SIZE
bail_stack_top:

#if BAIL_MAX_VCPUS > 1
	/* vCPUs 1..BAIL_MAX_VCPUS-1: started after vCPU 0 cleared .bss. */
	.bss
	.balign 16
	.globl bail_vcpu_stacks
bail_vcpu_stacks:
	.space	(BAIL_MAX_VCPUS - 1) * CONFIG_PARTITION_STACK_SIZE
#endif
