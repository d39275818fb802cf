/*
 * The core's memcpy and memset on x86: "rep movsl"/"rep stosl" for the words,
 * then "rep movsb"/"rep stosb" for the last bytes. They replace the portable
 * ones of core/lib/string.c (weak there). The same instruction count for every
 * buffer of a given size, whatever its alignment (x86 allows unaligned words);
 * no byte outside the buffers is touched. The direction flag is clear: every
 * entry into the core clears it (entry.S, boot.S).
 */
	.text

/* void *memcpy(void *dst, const void *src, prtos_u32_t n) */
	.globl	memcpy
	.type	memcpy, @function
memcpy:
	push	%edi
	push	%esi
	mov	12(%esp), %edi
	mov	16(%esp), %esi
	mov	20(%esp), %ecx
	mov	%edi, %eax
	mov	%ecx, %edx
	shr	$2, %ecx
	rep movsl
	mov	%edx, %ecx
	and	$3, %ecx
	rep movsb
	pop	%esi
	pop	%edi
	ret
	.size	memcpy, . - memcpy

/* void *memset(void *dst, int c, prtos_u32_t n) */
	.globl	memset
	.type	memset, @function
memset:
	push	%edi
	mov	8(%esp), %edi
	movzbl	12(%esp), %eax
	mov	16(%esp), %ecx
	imul	$0x01010101, %eax, %eax
	mov	%ecx, %edx
	shr	$2, %ecx
	rep stosl
	mov	%edx, %ecx
	and	$3, %ecx
	rep stosb
	mov	8(%esp), %eax
	pop	%edi
	ret
	.size	memset, . - memset
