/*
 * The x86 part of the configuration checker (config_check.h): what the PC platform
 * and the core's paging keep from partitions. Freestanding, like the checker: built
 * into the core, the resident loader and prtoscc. The limits are those of
 * <prtos/x86/abi.h>, which prtoscc and the core's paging apply too.
 */
#include <prtos/config_check.h>
#include <prtos/x86/abi.h>

#define X86_IO_PORTS 0x10000U
#define X86_RESERVED_IRQS 0x15U /* 0 the PIT, 2 the PIC cascade, 4 COM1 (the console) */

static int overlaps(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_end)
{
	return a_size && a < b_end && b < (prtos_u64_t)a + a_size;
}

const char *arch_config_hypervisor(const struct prtos_conf_hypervisor *h)
{
	if (h->start & (PRTOS_CORE_VADDR_GRANULE - 1))
		return "does not start on a 4 MiB boundary (the core maps itself with 4 MiB "
		       "pages)";
	return NULL;
}

const char *arch_config_region(const struct prtos_conf_region *r)
{
	if (overlaps(r->start, r->size, PRTOS_X86_DEVICE_WINDOW_START, PRTOS_X86_DEVICE_WINDOW_END))
		return "overlaps the platform device window (IO-APIC, HPET, local APIC)";
	return NULL;
}

const char *arch_config_phys(prtos_u32_t start, prtos_u32_t size)
{
	if (overlaps(start, size, 0, PRTOS_X86_LOW_RESERVED_END))
		return "lies in the first 2 MiB (legacy memory and the resident loader)";
	if ((prtos_u64_t)start + size > PRTOS_X86_PHYS_TOP_START)
		return "lies in the top 4 MiB of the physical space (left out of the core's "
		       "physical map)";
	if (overlaps(start, size, PRTOS_X86_DEVICE_WINDOW_START, PRTOS_X86_DEVICE_WINDOW_END))
		return "overlaps the platform device window (IO-APIC, HPET, local APIC)";
	return NULL;
}

/* The core's own 4 MiB windows: its area rounded out to PRTOS_CORE_VADDR_GRANULE. */
static int over_core_window(const struct prtos_config *cfg, prtos_u32_t va, prtos_u32_t size)
{
	prtos_u64_t g = PRTOS_CORE_VADDR_GRANULE;
	prtos_u64_t start = cfg->hyp.start & ~(g - 1);
	prtos_u64_t end = ((prtos_u64_t)cfg->hyp.start + cfg->hyp.size + g - 1) & ~(g - 1);

	return size && va < end && start < (prtos_u64_t)va + size;
}

const char *arch_config_virt(const struct prtos_config *cfg, prtos_u32_t va, prtos_u32_t size)
{
	if (overlaps(va, size, 0, PRTOS_X86_LOW_RESERVED_END))
		return "is mapped in the first 2 MiB (what virtual-8086 code and null pointers "
		       "reach)";
	if ((prtos_u64_t)va + size > PRTOS_RESERVED_VADDR)
		return "is mapped at or above 0xFFC00000 (reserved for the core)";
	if (over_core_window(cfg, va, size))
		return "is mapped in the core's 4 MiB windows";
	return NULL;
}

const char *arch_config_io_range(const struct prtos_conf_io_range *r)
{
	if (r->base >= X86_IO_PORTS || r->num_ports > X86_IO_PORTS - r->base ||
	    !prtos_x86_ports_allowed(r->base, r->num_ports))
		return "holds ports a partition may not own (only COM2-COM4, LPT1-LPT2, the CMOS "
		       "clock, the POST port and the VGA registers)";
	return NULL;
}

const char *arch_config_irqs(prtos_u32_t lines)
{
	if (lines & X86_RESERVED_IRQS)
		return "holds an IRQ line the core keeps (0 the PIT, 2 the cascade, 4 COM1)";
	return NULL;
}
