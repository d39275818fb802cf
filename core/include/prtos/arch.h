/*
 * The one interface between common code and an architecture. Everything a port
 * must provide is declared here; core/arch/<arch>/include/arch/arch_types.h gives
 * the per-vCPU and per-address-space state it keeps.
 */
#ifndef PRTOS_ARCH_H
#define PRTOS_ARCH_H

#include <prtos/types.h>
#include <arch/arch_types.h>
#include <prtos/phys.h>
#include <prtos/guest.h>

struct vcpu;
struct partition;
struct hm_cpu_ctxt;

/* CPU tables (segments, traps, interrupt controller). Interrupts stay off. */
void arch_cpu_init(void);
/*
 * Starts the time base. Its calibration may overlap the boot's work: the first
 * arch_cpu_khz() ends it, and arch_now_us() is valid from then on.
 */
void arch_time_init(void);
/* Microseconds since arch_time_init(). */
prtos_time_t arch_now_us(void);
/* Nanoseconds since arch_time_init(), for measurements. */
prtos_u64_t arch_now_ns(void);
/* floor(ns / 1000): the microseconds of a time arch_now_ns() gave. */
prtos_time_t arch_ns_to_us(prtos_u64_t ns);
/* Processor frequency in kHz, as calibrated. */
prtos_u32_t arch_cpu_khz(void);
/*
 * The processors the machine has (at least the boot one), and where the arch learnt
 * it, for the boot line. Boot, after arch_mm_init(); the core starts none of them.
 * CONFIG_SMP only: without it the core runs on the boot processor and reads no table.
 */
prtos_u32_t arch_cpu_count(void);
const char *arch_cpu_source(void);
/*
 * SMP (doc/architecture.md#processors). arch_cpu_start() starts processor cpu of the
 * configuration (0: the boot one, only noted), which enters smp_cpu_main() with its
 * tables, this_cpu() and timer set up; 0, or -1 when the machine has no such
 * processor. arch_cpu_kick() sends started processor cpu an interrupt that makes it
 * schedule() again. arch_cpu_relax() pauses between two looks at a lock.
 * arch_this_cpu() comes inline from <arch/percpu.h>.
 */
int arch_cpu_start(prtos_u32_t cpu);
void arch_cpu_kick(prtos_u32_t cpu);
void arch_cpu_relax(void);
/* This processor stops for good: interrupts off, halted (the machine halts). */
void arch_cpu_park(void) __attribute__((noreturn));
/* Starts the scheduler's one-shot timer; paging must be on. */
void arch_timer_init(void);
/* Requests a timer interrupt at the absolute time deadline_us, never before. */
void arch_timer_arm(prtos_time_t deadline_us);

/* Paging: the core's own address space, active after this call. */
void arch_mm_init(void);
#define MM_E_NO_PT (-1)	 /* out of page-table pages */
#define MM_E_LAYOUT (-2) /* an area lies where the platform or the core needs it */
/*
 * Builds the address space of a partition from its configured areas and maps
 * its control table pages read-only. Returns 0 or MM_E_*.
 */
int arch_mm_build_space(struct partition *p);
/*
 * Physical memory (the arch side of phys.h). arch_phys_begin() makes every
 * physical address reachable through arch_phys_ptr(), core memory staying
 * reachable too, until the matching arch_phys_end(state). Calls nest (an
 * interrupt taken inside may use them too), and the state belongs to the
 * running context: with interrupts on, the holder may be switched out and
 * resumed. arch_phys_state_t comes from <arch/arch_types.h>.
 */
arch_phys_state_t arch_phys_begin(void);
void arch_phys_end(arch_phys_state_t state);
/* The core's pointer to physical address pa, between begin and end. */
void *arch_phys_ptr(phys_addr_t pa);
/*
 * The core's pointer to physical address pa in its own memory (the container
 * copy the loader left beside the core), valid at any time.
 */
const void *arch_core_ptr(phys_addr_t pa);
/*
 * The core's writable pointer to [pa, pa + size) of its own area (its pools,
 * pool.c), valid at any time.
 */
void *arch_core_mem(phys_addr_t pa, prtos_u32_t size);
/* Where the core's image (code, data, zeroed data) ends in its area. */
phys_addr_t arch_core_image_end(void);

/*
 * Guest memory (the arch side of guest.h), from <arch/guest_access.h>, which
 * only core/kernel/guest.c includes; static inline where that is cheap (every
 * hypercall with a pointer uses them):
 *   void arch_guest_read(void *dst, guest_addr_t va, phys_addr_t pa, prtos_u32_t n);
 *   void arch_guest_write(guest_addr_t va, phys_addr_t pa, const void *src, prtos_u32_t n);
 * copy n bytes between the core and the running partition's memory at its
 * address va, with physical address pa behind it. The range is already checked
 * to lie in one of its areas; an arch uses whichever address suits it (va where
 * the caller's space is active during its hypercalls).
 */

/*
 * 1 if physical memory [start, start + size) is the platform's, where no
 * partition area or memory block may lie (low firmware memory, device
 * registers, memory the core cannot reach).
 */
int arch_phys_reserved(prtos_u32_t start, prtos_u32_t size);
/*
 * Prepares the architecture's state of partition p from its configuration
 * (such as its device grants). Returns why p cannot have what it is granted
 * (such as a device it may not own), or NULL.
 */
const char *arch_part_prepare(struct partition *p);
/* Prepares a vCPU so that the first switch to it enters the partition at entry,
 * with clean registers and FPU state. */
void arch_vcpu_init(struct vcpu *v, prtos_address_t entry);
/* Switches from prev to next (stack, address space); returns when prev runs again. */
void arch_switch_to(struct vcpu *prev, struct vcpu *next);
/* The body of the idle context: wait for interrupts, forever. */
void arch_idle_loop(void) __attribute__((noreturn));
/*
 * The stack this CPU's boot runs on (CONFIG_KSTACK_SIZE bytes, 16-byte aligned):
 * the CPU's idle context takes it over when the scheduler starts.
 */
prtos_u8_t *arch_boot_stack(void);
/* Starts the first context on this CPU (idle); never returns. */
void arch_start_first(struct vcpu *first) __attribute__((noreturn));

/*
 * Prepares a vCPU so that its first switch-in runs fn(v) in the core, on v's
 * own kernel stack and with interrupts off, and then enters the partition at
 * entry (or where fn pointed it with arch_vcpu_reset()). Whatever v was doing
 * before is abandoned.
 */
void arch_vcpu_start_call(struct vcpu *v, prtos_address_t entry, void (*fn)(struct vcpu *v));
/*
 * Replaces the interrupted partition context of the running vCPU v with a fresh
 * one at entry (clean registers, clean FPU state): the return to v lands there.
 */
void arch_vcpu_reset(struct vcpu *v, prtos_address_t entry);
/*
 * Trap flow. The arch's entry code decodes each entry once into a struct trap
 * (prtos/trap.h) and calls trap_handle(); common code decides, and acts on the
 * partition's context only through the two hooks below (and arch_vcpu_reset(),
 * arch_machine_halt(), arch_machine_reset()). Both run with interrupts off.
 *
 * arch_deliver_virq() enters the running vCPU v's trap entry with virtual
 * interrupt vector, its interrupted context saved where the partition's
 * handler finds it (the virtual IF of that context is the one in v's control
 * table). Returns 0, or -1 if the partition cannot take it (no trap entry, no
 * room on its stack), with *where set to the interrupted context, for the HM.
 */
int arch_deliver_virq(struct vcpu *v, prtos_u32_t vector, struct hm_cpu_ctxt *where);
/*
 * PROPAGATE: enters the running vCPU v's trap entry with the exception behind
 * HM event (c: where it happened, its error code). Returns 0, or -1 if event is
 * no exception of the architecture or v's partition cannot take it.
 */
int arch_propagate_trap(struct vcpu *v, prtos_u32_t event, const struct hm_cpu_ctxt *c);
/* Resets the machine (cold: full reset, else warm); does not return. */
void arch_machine_reset(int cold) __attribute__((noreturn));

/*
 * Lets pending interrupts in for a long piece of work of the running vCPU
 * (which may then be switched out and resumed in a later slot of its own).
 */
void arch_irq_enable(void);
void arch_irq_disable(void);
/* Turns interrupts off and returns whether they were on, for arch_irq_restore(). */
prtos_u32_t arch_irq_save(void);
void arch_irq_restore(prtos_u32_t were_on);
/* Takes a pending interrupt, if any, between two steps of a long hypercall. */
void arch_irq_window(void);

/* Stops the machine; code goes to QEMU's isa-debug-exit when configured. */
void arch_machine_halt(prtos_u32_t code) __attribute__((noreturn));

#endif
