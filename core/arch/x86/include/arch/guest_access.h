/* x86 guest-memory copies (see prtos/arch.h): inline, on every hypercall with a pointer. */
#ifndef ARCH_X86_GUEST_ACCESS_H
#define ARCH_X86_GUEST_ACCESS_H

#include <prtos/guest.h>
#include <prtos/phys.h>

/*
 * n bytes from src to dst, as memcpy (string.S) does it, in line: the words,
 * then the last bytes. The direction flag is clear in the core.
 */
static inline void x86_copy_bytes(void *dst, const void *src, prtos_u32_t n)
{
	prtos_u32_t words = n >> 2, bytes = n & 3;

	__asm__ volatile("rep movsl\n\t"
			 "mov %3, %%ecx\n\t"
			 "rep movsb"
			 : "+D"(dst), "+S"(src), "+c"(words)
			 : "r"(bytes)
			 : "memory");
}

/* During a hypercall the caller's address space is active: its addresses are usable. */
static inline void arch_guest_read(void *dst, guest_addr_t va, phys_addr_t pa, prtos_u32_t n)
{
	(void)pa;
	x86_copy_bytes(dst, (const void *)va.va, n);
}

static inline void arch_guest_write(guest_addr_t va, phys_addr_t pa, const void *src, prtos_u32_t n)
{
	(void)pa;
	x86_copy_bytes((void *)va.va, src, n);
}

#endif
