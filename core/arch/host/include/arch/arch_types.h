/* host state kept per vCPU and per address space (see prtos/arch.h, core/arch/host). */
#ifndef ARCH_HOST_ARCH_TYPES_H
#define ARCH_HOST_ARCH_TYPES_H

#include <prtos/types.h>
#include <prtos/arch_abi.h>

struct vcpu;

struct arch_vcpu {
	prtos_address_t entry; /* where the partition (re)starts: arch_vcpu_init/_reset */
	void (*start_fn)(struct vcpu *v); /* arch_vcpu_start_call: runs at the next switch-in */
	prtos_u32_t resets;		  /* arch_vcpu_reset() calls */
	prtos_u32_t switched_in;	  /* arch_switch_to() with this vCPU as next */
	prtos_u32_t traps;		  /* arch_propagate_trap() deliveries */
	prtos_u32_t last_trap, last_err;  /* the latest: its exception number, error code */
	prtos_u32_t virqs;		  /* arch_deliver_virq() deliveries */
	prtos_u32_t last_virq;		  /* the latest one's vector */
};

/* What arch_phys_end() restores: the nesting depth of arch_phys_begin(). */
typedef struct {
	prtos_u32_t depth;
} arch_phys_state_t;

struct arch_space {
	void *pd; /* non-NULL once arch_mm_build_space() built it (part_reset tests it) */
	prtos_u32_t builds;
};

#endif
