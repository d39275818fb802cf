/* Declarations private to the x86 port. */
#ifndef ARCH_X86_X86_H
#define ARCH_X86_X86_H

#include <prtos/types.h>
#include <arch/frame.h>
#include <arch/arch_types.h>
#include <prtos/part.h>

struct vcpu;

#define X86_VEC_GENERAL_PROTECTION 13
#define X86_VEC_PAGE_FAULT 14
#define X86_IRQ_BASE 32 /* PIC vectors 32..47 */
#define X86_IRQ_TIMER 0
#define X86_LAPIC_TIMER_VECTOR 48
#define X86_SPURIOUS_VECTOR 47 /* shared with the PIC's spurious IRQ 15: both need no EOI */
#define X86_LAPIC_PHYS 0xFEE00000U
#define X86_LAPIC_VADDR 0xFFFFF000U /* in the core's reserved top 4 MiB */
#define X86_RESCHED_VECTOR 49	    /* an IPI: another CPU changed what this one runs */
#define X86_NUM_STUBS 50	    /* exceptions, PIC lines, the APIC timer, the IPI */

void x86_pic_init(void);
void x86_pic_eoi(prtos_u32_t irq);
void x86_pic_unmask(prtos_u32_t irq);
void x86_set_kernel_stack(prtos_u32_t esp0);
/*
 * The TSS's I/O permission bitmap covers only the ports below the end of the
 * partitions' window: the CPU treats every port past the bitmap (and the TSS
 * limit) as closed, so the other 8 KiB of a whole map would only ever hold ones.
 */
#define X86_IO_BITMAP_BYTES ((PRTOS_X86_PARTITION_PORTS_END + 7) / 8)
/* The TSS's I/O permission bitmap (a set bit closes its port). */
prtos_u8_t *x86_io_bitmap(void);
/* Ring 3 is checked against the bitmap (on), or every port faults (off). */
void x86_io_bitmap_use(int on);
/* This CPU's bitmap is in use (x86_io_switch). Inline: every switch asks. */
extern int x86_io_in_use_cpu[CONFIG_MAX_CPUS];
static inline int x86_io_in_use(void)
{
	return x86_io_in_use_cpu[this_cpu_id()];
}
/* Opens the I/O ports of next's partition, and only those (at a switch to or
 * from a partition with ports). */
void x86_io_switch(const struct vcpu *next);
void x86_pit_start(void);
void x86_pit_arm(prtos_u64_t delta_ns);
/* CONFIG_QEMU_SMP_TICK: channel 0 ticks every X86_QEMU_TURN_NS, its line open to
 * processor 0, whose handler shares QEMU's turns (pit.c, qemu_turns.c). */
#define X86_QEMU_TURN_NS 10056U /* 12 PIT periods of 1/1193182 s */
void x86_pit_smp_tick(void);
void x86_qemu_tick_entry(struct x86_frame *f);
void x86_lapic_start_calibration(void);
int x86_lapic_init(void);
prtos_u32_t x86_lapic_khz(void);
void x86_lapic_arm(prtos_u64_t delta_ns);
void x86_lapic_eoi(void);
/* CONFIG_SMP: this CPU's local APIC id. */
prtos_u32_t x86_lapic_id(void);
/* A secondary CPU's local APIC: on, its timer as the boot CPU's (x86_lapic_init). */
void x86_lapic_init_secondary(void);
/* INIT, then two STARTUP IPIs to apic_id, which starts in real mode at vector << 12. */
void x86_lapic_start_cpu(prtos_u32_t apic_id, prtos_u32_t vector);
/* The reschedule IPI (X86_RESCHED_VECTOR) to apic_id. */
void x86_lapic_send_resched(prtos_u32_t apic_id);
/* This CPU's tables (GDT, TSS, GS, IDT) once it runs in the core's protected mode. */
void x86_cpu_init_secondary(prtos_u32_t cpu);
/* Secondary CPU cpu's boot stack, CONFIG_KSTACK_SIZE bytes (smp.c). */
prtos_u8_t *x86_ap_stack(prtos_u32_t cpu);
/* The local APIC id of configuration processor id (cpus.c), or -1 if not listed. */
int x86_cpu_apic_id(prtos_u32_t id, prtos_u32_t boot_apic_id, prtos_u32_t *apic_id);
void x86_trap_entry(struct x86_frame *f);
/* The local APIC timer's entry from ring 3 or the core (stub_48). */
void x86_timer_entry(struct x86_frame *f);
/* What the core may return to: ring 3 with user segments, or the core itself;
 * never virtual-8086 mode, never I/O privilege. */
int x86_frame_returnable(const struct x86_frame *f);
/* An entry from virtual-8086 mode (entry.S moved the frame to its usual place). */
void x86_v86_entry(struct x86_frame *f);
/* v's ring-3 frame: the top of its kernel stack, where every entry from ring 3 saves it
 * (entry.S moves an entry from virtual-8086 mode there too). */
static inline struct x86_frame *x86_user_frame(struct vcpu *v)
{
	return (struct x86_frame *)(v->kstack + CONFIG_KSTACK_SIZE) - 1;
}
/* The HM event of exception vector (UNEXPECTED_TRAP if it has none). */
prtos_u32_t x86_hm_event(prtos_u32_t vector);
/* The exception vector of HM event, in *vector; 0, or -1 if it is not an exception. */
int x86_hm_vector(prtos_u32_t event, prtos_u32_t *vector);
void x86_switch_stack(prtos_u32_t *save_sp, prtos_u32_t new_sp);
void x86_trap_return(void);
/* Loads the address space v runs in (its partition's, or the physical map). */
void x86_mm_activate(const struct vcpu *v);

#endif
