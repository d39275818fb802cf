/*
 * The host arch's part of the configuration checker (config_check.h): the fake
 * machine's RAM is [PRTOS_HOST_RAM_START, PRTOS_HOST_RAM_END), its first page kept by
 * the platform (so that the rule has something to refuse), and address spaces cost
 * nothing. I/O ports cannot be granted, nor line 0 (the timer).
 */
#include <prtos/config_check.h>
#include <prtos/arch_abi.h>

#define HOST_PLATFORM_END (PRTOS_HOST_RAM_START + 0x1000U)

prtos_u32_t arch_config_machine_ram(const struct prtos_boot_info *info, struct config_ram *ram,
				    prtos_u32_t max)
{
	if (!info->mem_upper_kb || !max)
		return 0;
	ram[0].start = PRTOS_HOST_RAM_START;
	ram[0].end = PRTOS_HOST_RAM_START + (prtos_u64_t)info->mem_upper_kb * 1024U;
	return 1;
}

const char *arch_config_spaces(const struct prtos_config *cfg, prtos_u32_t *part,
			       prtos_u32_t *pages)
{
	(void)cfg;
	(void)part;
	(void)pages;
	return NULL;
}

prtos_u32_t arch_config_pt_pages(const struct prtos_config *cfg)
{
	(void)cfg;
	return 0;
}

prtos_u32_t arch_config_space_pages(const struct prtos_config *cfg,
				    const struct prtos_conf_partition *p)
{
	(void)cfg;
	(void)p;
	return 0;
}

const char *arch_config_hypervisor(const struct prtos_conf_hypervisor *h)
{
	if (h->start != PRTOS_HOST_RAM_START)
		return "does not start where the host's fake RAM does";
	return NULL;
}

const char *arch_config_region(const struct prtos_conf_region *r)
{
	(void)r;
	return NULL;
}

const char *arch_config_phys(prtos_u32_t start, prtos_u32_t size)
{
	if (start < HOST_PLATFORM_END || (prtos_u64_t)start + size > PRTOS_HOST_RAM_END)
		return "lies outside the host's fake RAM, or in its first page (the platform's)";
	return NULL;
}

const char *arch_config_virt(const struct prtos_config *cfg, prtos_u32_t va, prtos_u32_t size)
{
	(void)cfg;
	if (va < 0x1000U || (prtos_u64_t)va + size > 0xFFFFF000ULL)
		return "is mapped in the first or the last page of the virtual space";
	return NULL;
}

const char *arch_config_io_range(const struct prtos_conf_io_range *r)
{
	(void)r;
	return "holds I/O ports (the host has none)";
}

const char *arch_config_irqs(prtos_u32_t lines)
{
	if (lines & 1U)
		return "holds interrupt line 0 (the host's timer)";
	return NULL;
}
