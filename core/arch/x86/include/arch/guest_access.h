/* x86 guest-memory copies (see prtos/arch.h): inline, on every hypercall with a pointer. */
#ifndef ARCH_X86_GUEST_ACCESS_H
#define ARCH_X86_GUEST_ACCESS_H

#include <prtos/guest.h>
#include <prtos/phys.h>
#include <prtos/string.h>

/* During a hypercall the caller's address space is active: its addresses are usable. */
static inline void arch_guest_read(void *dst, guest_addr_t va, phys_addr_t pa, prtos_u32_t n)
{
	(void)pa;
	memcpy(dst, (const void *)va.va, n);
}

static inline void arch_guest_write(guest_addr_t va, phys_addr_t pa, const void *src, prtos_u32_t n)
{
	(void)pa;
	memcpy((void *)va.va, src, n);
}

#endif
