/*
 * attack_kbc_reset, P0 (normal): owns the i8042 command port 0x64 (in a
 * configuration forged after prtoscc, which refuses it). Command 0xFE pulses
 * the CPU reset line: the whole machine resets, though only a system partition
 * may reset the system. The core must not start it.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_idle_self();
	printf("[Rogue] writing 0xFE to the keyboard controller\n");
	__asm__ volatile("outb %0, %1" : : "a"((prtos_u8_t)0xFE), "Nd"((prtos_u16_t)0x64));
	printf("[Rogue] still here: no reset\n");
	for (;;)
		prtos_idle_self();
}
