/* The register frame that entry.S saves on a trap, interrupt or hypercall. */
#ifndef ARCH_X86_FRAME_H
#define ARCH_X86_FRAME_H

#include <prtos/types.h>
#include <prtos/arch_abi.h>
#include <arch/segments.h>

/* The ABI's trap context: irq_nr is the vector, ip/flags/sp are EIP/EFLAGS/ESP. */
#define x86_frame prtos_x86_trap_ctxt

_Static_assert(sizeof(struct x86_frame) == X86_FRAME_SIZE, "entry.S frame layout");
_Static_assert(__builtin_offsetof(struct x86_frame, flags) == X86_FRAME_FLAGS, "entry.S");

/*
 * Makes f a plain ring-3 protected-mode context of a partition: flat user
 * segments, the arithmetic flags and DF kept, IF set (the virtual IF lives in
 * the control table), and nothing else. ip and sp stay as they are.
 */
static inline void x86_frame_make_user(struct x86_frame *f)
{
	f->cs = USER_CS;
	f->ss = USER_DS;
	f->ds = f->es = f->fs = f->gs = USER_DS;
	f->flags = (f->flags & EFLAGS_USER_MASK) | EFLAGS_IF | EFLAGS_RESERVED;
}

#endif
