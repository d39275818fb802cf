/* The register frame that entry.S saves on a trap, interrupt or hypercall. */
#ifndef ARCH_X86_FRAME_H
#define ARCH_X86_FRAME_H

#include <prtos/types.h>
#include <prtos/arch_abi.h>
#include <arch/segments.h>

/* The ABI's trap context: irq_nr is the vector, ip/flags/sp are EIP/EFLAGS/ESP. */
#define x86_frame prtos_x86_trap_ctxt

/*
 * entry.S builds the frame by pushes, so its fields follow their order: trap_common's
 * 11 registers, the stub's vector and error code, then what the CPU pushed (ip, cs,
 * flags, and sp, ss from ring 3). entry.S takes the size and offsets from the
 * generated asm-offsets.h (asm-offsets.c).
 */
_Static_assert(sizeof(struct x86_frame) == 18 * 4, "the 18 words entry.S and the CPU push");
_Static_assert(__builtin_offsetof(struct x86_frame, flags) == 15 * 4, "the CPU's flags");

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
