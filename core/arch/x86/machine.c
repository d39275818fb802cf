/* Stopping the machine, with an exit code for QEMU's isa-debug-exit when configured. */
#include <prtos/arch.h>
#include <arch/io.h>

#define QEMU_DEBUG_EXIT_PORT 0xF4

void arch_machine_halt(prtos_u32_t code)
{
	x86_cli();
#ifdef CONFIG_QEMU_DEBUG_EXIT
	/* QEMU exits with status (code << 1) | 1. */
	x86_outb(QEMU_DEBUG_EXIT_PORT, (prtos_u8_t)code);
#else
	(void)code;
#endif
	for (;;)
		x86_hlt();
}
