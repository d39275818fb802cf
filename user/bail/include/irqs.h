/* BAIL <irqs.h>: trap contexts, handler installation and exception numbers. */
#ifndef BAIL_IRQS_H
#define BAIL_IRQS_H

#include <prtos/types.h>
#include <prtos/arch_abi.h>
#include <prtos/pct.h>

/* Register state at a trap, in the ABI's order: ebx, ecx, edx, esi, edi, ebp, eax,
 * ds, es, fs, gs, irq_nr, err_code, ip, cs, flags, sp, ss. */
typedef struct prtos_x86_trap_ctxt trap_ctxt_t;

typedef void (*trap_handler_t)(trap_ctxt_t *);

#define BAIL_NUM_TRAPS 256
/* Extended (virtual) interrupt e arrives on this vector. */
#define BAIL_PRTOSEXT_TRAP(e) (224 + (e))

#define DIVIDE_ERROR 0
#define DEBUG_EXCEPTION 1
#define NMI_INTERRUPT 2
#define BREAKPOINT_EXCEPTION 3
#define OVERFLOW_EXCEPTION 4
#define BOUNDS_EXCEPTION 5
#define INVALID_OPCODE 6
#define DEVICE_NOT_AVAILABLE 7
#define DOUBLE_FAULT 8
#define INVALID_TSS 10
#define SEGMENT_NOT_PRESENT 11
#define STACK_SEGMENT_FAULT 12
#define GENERAL_PROTECTION_FAULT 13
#define PAGE_FAULT 14
#define FLOATING_POINT_ERROR 16
#define ALIGNMENT_CHECK 17
#define MACHINE_CHECK 18
#define SIMD_EXCEPTION 19

/*
 * Installs h for vector (0..255); NULL restores the default handler, which
 * prints "[P<id>:<vcpu>] Unexpected trap 0x<vec> (ip: 0x<ip>)". Returns 0, or
 * -1 for a vector out of range.
 */
prtos_s32_t install_trap_handler(prtos_s32_t vector, trap_handler_t h);

/* Calls the handler installed for ctxt->irq_nr (the runtime's trap entry). */
void bail_dispatch_trap(trap_ctxt_t *ctxt);

void setup_vcpus(void);

/* The virtual interrupt flag: hw_cli() masks every virtual interrupt, hw_sti()
 * lets pending unmasked ones in, hw_is_sti() tells whether they are let in. */
void hw_cli(void);
void hw_sti(void);
prtos_s32_t hw_is_sti(void);

#endif
