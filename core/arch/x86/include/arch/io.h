/* x86 port I/O and small CPU instructions. */
#ifndef ARCH_X86_IO_H
#define ARCH_X86_IO_H

#include <prtos/types.h>

#define CR0_MP 0x00000002U
#define CR0_EM 0x00000004U
#define CR0_TS 0x00000008U
#define CR0_NE 0x00000020U
#define CR0_AM 0x00040000U

static inline void x86_outb(prtos_u16_t port, prtos_u8_t val)
{
	__asm__ volatile("outb %0, %1" : : "a"(val), "Nd"(port));
}

static inline prtos_u8_t x86_inb(prtos_u16_t port)
{
	prtos_u8_t val;

	__asm__ volatile("inb %1, %0" : "=a"(val) : "Nd"(port));
	return val;
}

static inline void x86_outw(prtos_u16_t port, prtos_u16_t val)
{
	__asm__ volatile("outw %0, %1" : : "a"(val), "Nd"(port));
}

static inline prtos_u64_t x86_rdtsc(void)
{
	prtos_u32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((prtos_u64_t)hi << 32) | lo;
}

static inline void x86_cli(void)
{
	__asm__ volatile("cli" : : : "memory");
}

static inline void x86_sti(void)
{
	__asm__ volatile("sti" : : : "memory");
}

static inline void x86_hlt(void)
{
	__asm__ volatile("hlt" : : : "memory");
}

static inline prtos_u32_t x86_read_cr2(void)
{
	prtos_u32_t v;

	__asm__ volatile("mov %%cr2, %0" : "=r"(v));
	return v;
}

static inline prtos_u32_t x86_read_cr3(void)
{
	prtos_u32_t v;

	__asm__ volatile("mov %%cr3, %0" : "=r"(v));
	return v;
}

static inline void x86_write_cr3(prtos_u32_t v)
{
	__asm__ volatile("mov %0, %%cr3" : : "r"(v) : "memory");
}

static inline prtos_u32_t x86_read_cr0(void)
{
	prtos_u32_t v;

	__asm__ volatile("mov %%cr0, %0" : "=r"(v));
	return v;
}

static inline void x86_write_cr0(prtos_u32_t v)
{
	__asm__ volatile("mov %0, %%cr0" : : "r"(v) : "memory");
}

static inline prtos_u32_t x86_read_cr4(void)
{
	prtos_u32_t v;

	__asm__ volatile("mov %%cr4, %0" : "=r"(v));
	return v;
}

static inline void x86_write_cr4(prtos_u32_t v)
{
	__asm__ volatile("mov %0, %%cr4" : : "r"(v) : "memory");
}

#endif
