/* The x86 PC memory that partitions may not own or see, as rules for check_mem.c: the legacy
 * low memory with the resident loader, and the platform device window. The limits come from
 * the ABI (<prtos/arch_abi.h>), which the core checks again at boot. */
#include <stdio.h>
#include <prtos/arch_abi.h>
#include "check.h"

#define LOW_MIB (PRTOS_X86_LOW_RESERVED_END >> 20)
#define WINDOW_SIZE (PRTOS_X86_DEVICE_WINDOW_END - PRTOS_X86_DEVICE_WINDOW_START)

static int in_low(prtos_u32_t start, prtos_u32_t size)
{
	return mem_overlap(start, size, 0, PRTOS_X86_LOW_RESERVED_END);
}

const char *platform_low_phys(prtos_u32_t start, prtos_u32_t size)
{
	static char why[96];

	if (!in_low(start, size))
		return NULL;
	snprintf(why, sizeof(why),
		 "lies in the first %u MiB (legacy memory and the resident loader)", LOW_MIB);
	return why;
}

const char *platform_low_virt(prtos_u32_t start, prtos_u32_t size)
{
	static char why[128];

	if (!in_low(start, size))
		return NULL;
	snprintf(why, sizeof(why),
		 "lies in the first %u MiB of virtual space (what virtual-8086 mode code and "
		 "null pointers reach)",
		 LOW_MIB);
	return why;
}

const char *platform_top_phys(prtos_u32_t start, prtos_u32_t size)
{
	if ((prtos_u64_t)start + size <= PRTOS_X86_PHYS_TOP_START)
		return NULL;
	return "lies in the top 4 MiB of physical memory (firmware, out of the core's reach)";
}

const char *platform_device_window(prtos_u32_t start, prtos_u32_t size)
{
	static char why[128];

	if (!mem_overlap(start, size, PRTOS_X86_DEVICE_WINDOW_START, WINDOW_SIZE))
		return NULL;
	snprintf(why, sizeof(why),
		 "overlaps the platform device window 0x%08x-0x%08x (IO-APIC, HPET, local APIC)",
		 PRTOS_X86_DEVICE_WINDOW_START, PRTOS_X86_DEVICE_WINDOW_END - 1);
	return why;
}

static const struct platform_range kept[] = {
	{0, PRTOS_X86_LOW_RESERVED_END, "legacy memory and the resident loader"},
	{PRTOS_X86_DEVICE_WINDOW_START, WINDOW_SIZE, "device window (IO-APIC, HPET, local APIC)"},
	{PRTOS_X86_PHYS_TOP_START, 0U - PRTOS_X86_PHYS_TOP_START, "firmware"},
};

const struct platform_range *platform_kept(unsigned *n)
{
	*n = sizeof(kept) / sizeof(kept[0]);
	return kept;
}
