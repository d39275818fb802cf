/*
 * Layout facts (and a vector number) entry.S needs, taken from the C structs: core/Makefile compiles this file
 * to assembly and turns each DEFINE into a #define of $(O)/include/generated/asm-offsets.h.
 */
#include <arch/frame.h>
#include <arch/x86.h>

/* Emits "->SYM value" into the assembly, where core/Makefile's sed finds it. */
#define DEFINE(sym, val) __asm__ volatile("\n.ascii \"->" #sym " %c0\"" : : "i"(val))

void x86_asm_offsets(void);

void x86_asm_offsets(void)
{
	DEFINE(X86_FRAME_SIZE, sizeof(struct x86_frame));
	DEFINE(X86_FRAME_FLAGS, __builtin_offsetof(struct x86_frame, flags));
	DEFINE(X86_FRAME_CS, __builtin_offsetof(struct x86_frame, cs));
	DEFINE(X86_FRAME_EAX, __builtin_offsetof(struct x86_frame, eax));
	DEFINE(X86_FRAME_EBX, __builtin_offsetof(struct x86_frame, ebx));
	DEFINE(X86_TIMER_VECTOR, X86_LAPIC_TIMER_VECTOR);  /* stub_48's */
	DEFINE(X86_RESCHED_VECTOR_NR, X86_RESCHED_VECTOR); /* stub_49's */
}
