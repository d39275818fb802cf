/* x86 state kept per vCPU and per address space (see prtos/arch.h). */
#ifndef ARCH_X86_ARCH_TYPES_H
#define ARCH_X86_ARCH_TYPES_H

#include <prtos/types.h>
#include <prtos/arch_abi.h>

struct arch_vcpu {
	prtos_u32_t ksp;      /* saved kernel stack pointer while switched out */
	prtos_u32_t phys_map; /* between arch_phys_begin() and _end(): on the physical map */
	prtos_u32_t uses_fpu; /* an "fp" partition: x87 state saved across switches */
	prtos_u8_t fpu[108] __attribute__((aligned(16))); /* fnsave image, always valid */
};

/* What arch_phys_end() restores: the address space and the vCPU's phys_map. */
typedef struct {
	prtos_u32_t cr3, was;
} arch_phys_state_t;

/* The bytes of the TSS I/O bitmap that partitions' grants can change (io_ports.c). */
#define X86_IO_WINDOW_FIRST (PRTOS_X86_PARTITION_PORTS_FIRST / 8)
#define X86_IO_WINDOW_BYTES ((PRTOS_X86_PARTITION_PORTS_END + 7) / 8 - X86_IO_WINDOW_FIRST)

struct arch_space {
	prtos_u32_t *pd;    /* page directory (identity-mapped, so also physical) */
	prtos_u32_t has_io; /* granted I/O ports: io_window is its bitmap there */
	prtos_u8_t io_window[X86_IO_WINDOW_BYTES];
};

#endif
