/*
 * Physical memory, as the core reaches it: partition memory (loading, resets,
 * prtos_memory_copy) and the memory blocks of the HM log and trace streams.
 * A physical address has its own type, so that it cannot be mixed up with a
 * partition's address (guest.h) or a core pointer.
 */
#ifndef PRTOS_PHYS_H
#define PRTOS_PHYS_H

#include <prtos/types.h>

typedef struct {
	prtos_address_t pa;
} phys_addr_t;

static inline phys_addr_t phys_addr(prtos_address_t pa)
{
	return (phys_addr_t){pa};
}

static inline phys_addr_t phys_offset(phys_addr_t p, prtos_u32_t off)
{
	return (phys_addr_t){p.pa + off};
}

/*
 * Copies from physical memory to the core, from the core to physical memory,
 * within physical memory (the ranges may overlap), and fills physical memory.
 * With interrupts on, the caller may be switched out in the middle and resumed
 * later: the arch keeps physical memory reachable as part of its context.
 */
void phys_read(void *dst, phys_addr_t src, prtos_u32_t size);
void phys_write(phys_addr_t dst, const void *src, prtos_u32_t size);
void phys_copy(phys_addr_t dst, phys_addr_t src, prtos_u32_t size);
void phys_set(phys_addr_t dst, prtos_u8_t byte, prtos_u32_t size);

#endif
