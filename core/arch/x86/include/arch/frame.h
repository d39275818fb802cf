/* The register frame that entry.S saves on a trap, interrupt or hypercall. */
#ifndef ARCH_X86_FRAME_H
#define ARCH_X86_FRAME_H

#include <prtos/types.h>
#include <prtos/x86/abi.h>

/* The ABI's trap context: irq_nr is the vector, ip/flags/sp are EIP/EFLAGS/ESP. */
#define x86_frame prtos_x86_trap_ctxt

#define X86_FRAME_SIZE (18 * 4)
_Static_assert(sizeof(struct x86_frame) == X86_FRAME_SIZE, "entry.S frame layout");

static inline int x86_frame_from_user(const struct x86_frame *f)
{
	return (f->cs & 3) == 3;
}

#endif
