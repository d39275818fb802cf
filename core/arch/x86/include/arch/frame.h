/* The register frame that entry.S saves on a trap, interrupt or hypercall. */
#ifndef ARCH_X86_FRAME_H
#define ARCH_X86_FRAME_H

#include <prtos/types.h>

/* Same order as BAIL's trap_ctxt_t; esp/ss are valid only when coming from ring 3. */
struct x86_frame {
	prtos_u32_t ebx, ecx, edx, esi, edi, ebp, eax;
	prtos_u32_t ds, es, fs, gs;
	prtos_u32_t vector, err_code;
	prtos_u32_t eip, cs, eflags;
	prtos_u32_t esp, ss;
};

#define X86_FRAME_SIZE (18 * 4)

static inline int x86_frame_from_user(const struct x86_frame *f)
{
	return (f->cs & 3) == 3;
}

#endif
