/* x86's this_cpu(): GS holds each CPU's own segment over its struct cpu (cpu.c). */
#ifndef ARCH_X86_PERCPU_H
#define ARCH_X86_PERCPU_H

struct cpu;

/* Not volatile: a CPU's answer never changes (no vCPU moves to another CPU). */
static inline struct cpu *arch_this_cpu(void)
{
	struct cpu *c;

	__asm__("mov %%gs:0, %0" : "=r"(c));
	return c;
}

#endif
