/* Declarations private to the x86 port. */
#ifndef ARCH_X86_X86_H
#define ARCH_X86_X86_H

#include <prtos/types.h>
#include <arch/frame.h>
#include <arch/arch_types.h>

#define X86_IRQ_BASE 32 /* PIC vectors 32..47 */
#define X86_IRQ_TIMER 0

void x86_pic_init(void);
void x86_pic_eoi(prtos_u32_t irq);
void x86_pic_unmask(prtos_u32_t irq);
void x86_set_kernel_stack(prtos_u32_t esp0);
void x86_timer_irq(void);
void x86_trap_entry(struct x86_frame *f);
void x86_set_hcall_frame(struct x86_frame *f);
/* Enters the current partition's trap handler if an interrupt is deliverable. */
void x86_deliver_virq(struct x86_frame *f);
void x86_switch_stack(prtos_u32_t *save_sp, prtos_u32_t new_sp);
void x86_trap_return(void);
/* Switches to the address space of the partition owning the vCPU (NULL: the core's). */
void x86_mm_activate(const struct arch_space *space);

#endif
