/*
 * host guest-memory copies (see prtos/arch.h): out of line (core/arch/host/mem.c),
 * through the physical address, after checking it is the one behind va.
 */
#ifndef ARCH_HOST_GUEST_ACCESS_H
#define ARCH_HOST_GUEST_ACCESS_H

#include <prtos/guest.h>
#include <prtos/phys.h>

void arch_guest_read(void *dst, guest_addr_t va, phys_addr_t pa, prtos_u32_t n);
void arch_guest_write(guest_addr_t va, phys_addr_t pa, const void *src, prtos_u32_t n);

#endif
