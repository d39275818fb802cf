/*
 * attack_acpi_off, P0 (normal): owns ports 0x604-0x605, the PIIX4 ACPI PM1a
 * control register where SeaBIOS puts the PM block on QEMU's pc machine (in a
 * configuration forged after prtoscc, which refuses them). Writing SLP_EN with
 * sleep type 0 (soft off) powers the machine off, though only a system
 * partition may halt the system.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_idle_self();
	printf("[Rogue] writing SLP_EN to PM1a_CNT (0x604)\n");
	__asm__ volatile("outw %0, %1" : : "a"((prtos_u16_t)0x2000), "Nd"((prtos_u16_t)0x604));
	printf("[Rogue] still here: no power-off\n");
	for (;;)
		prtos_idle_self();
}
