/* Stopping the machine, with an exit code for QEMU's isa-debug-exit when configured. */
#include <prtos/arch.h>
#include <prtos/gcov.h>
#include <arch/io.h>

#define QEMU_DEBUG_EXIT_PORT 0xF4

void arch_irq_enable(void)
{
	x86_sti();
}

void arch_irq_disable(void)
{
	x86_cli();
}

prtos_u32_t arch_irq_save(void)
{
	prtos_u32_t flags;

	__asm__ volatile("pushfl\n\tpopl %0\n\tcli" : "=r"(flags) : : "memory");
	return (flags >> 9) & 1U; /* EFLAGS.IF */
}

void arch_irq_restore(prtos_u32_t were_on)
{
	if (were_on)
		x86_sti();
}

void arch_irq_window(void)
{
	__asm__ volatile("sti\n\tnop\n\tcli" : : : "memory"); /* sti holds off one insn */
}

void arch_machine_halt(prtos_u32_t code)
{
	x86_cli();
	gcov_dump();
#ifdef CONFIG_QEMU_DEBUG_EXIT
	/* QEMU exits with status (code << 1) | 1. */
	x86_outb(QEMU_DEBUG_EXIT_PORT, (prtos_u8_t)code);
#else
	(void)code;
#endif
	for (;;)
		x86_hlt();
}

#define RESET_CONTROL_PORT 0xCF9
#define RESET_CPU 0x04
#define RESET_SYSTEM 0x02 /* with RESET_CPU: hard (cold) reset */

void arch_machine_reset(int cold)
{
	x86_cli();
	gcov_dump();
	x86_outb(RESET_CONTROL_PORT, cold ? RESET_SYSTEM : 0);
	x86_outb(RESET_CONTROL_PORT, (prtos_u8_t)(RESET_CPU | (cold ? RESET_SYSTEM : 0)));
	for (;;)
		x86_hlt();
}
