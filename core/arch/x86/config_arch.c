/*
 * The x86 part of the configuration checker (config_check.h): what the PC platform
 * and the core's paging keep from partitions. Freestanding, like the checker: built
 * into the core, the resident loader and prtoscc. The limits are those of
 * <prtos/arch_abi.h>, which prtoscc and the core's paging apply too.
 */
#include <prtos/config_check.h>
#include <prtos/arch_abi.h>

#define X86_IO_PORTS 0x10000U
#define X86_RESERVED_IRQS 0x15U /* 0 the PIT, 2 the PIC cascade, 4 COM1 (the console) */
/* With the trace export, COM2 is the core's too (trace_export.c). */
#ifdef CONFIG_TRACE_EXPORT
#define X86_EXPORT_PORTS PRTOS_X86_EXPORT_UART_PORTS
#define X86_EXPORT_IRQS (1U << PRTOS_X86_EXPORT_UART_IRQ)
#else
#define X86_EXPORT_PORTS 0
#define X86_EXPORT_IRQS 0
#endif

static int overlaps(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_end)
{
	return a_size && a < b_end && b < (prtos_u64_t)a + a_size;
}

/*
 * Multiboot's mem_upper: the RAM from 1 MiB up to the first hole, in KiB. The
 * first MiB is left out (nothing may use its first 2 MiB anyway), and so is any
 * RAM past the first hole: conservative, never a device.
 */
prtos_u32_t arch_config_machine_ram(const struct prtos_boot_info *info, struct config_ram *ram,
				    prtos_u32_t max)
{
	if (!info->mem_upper_kb || !max)
		return 0;
	ram[0].start = 0x100000U;
	ram[0].end = 0x100000ULL + (prtos_u64_t)info->mem_upper_kb * 1024U;
	return 1;
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

#define X86_PDE_SHIFT 22 /* a page table maps 4 MiB */
#define X86_PDES 1024U

/* Page-table pages partition p's address space takes (paging.c, arch_mm_build_space). */
prtos_u32_t arch_config_space_pages(const struct prtos_config *c,
				    const struct prtos_conf_partition *p)
{
	prtos_u32_t windows[X86_PDES / 32] = {0}, i, w, last, n = 2;
	const struct prtos_conf_area *a;

	/* Its page directory, and the page table of the top 4 MiB (its PCT, the local
	 * APIC). Then one per 4 MiB window its mapped areas touch (none is in the top
	 * 4 MiB: arch_config_virt). */
	for (i = 0; i < p->num_areas; i++) {
		a = &c->areas[p->first_area + i];
		if ((a->flags & PRTOS_MEM_AREA_UNMAPPED) || !a->size)
			continue;
		last = (prtos_u32_t)(((prtos_u64_t)a->mapped_at + a->size - 1) >> X86_PDE_SHIFT);
		if (last >= X86_PDES) /* wraps: refused by "area shape"; never index past */
			last = X86_PDES - 1;
		for (w = a->mapped_at >> X86_PDE_SHIFT; w <= last; w++) {
			n += !(windows[w / 32] & (1U << (w % 32)));
			windows[w / 32] |= 1U << (w % 32);
		}
	}
	return n;
}

/* The physical map's page table for the local APIC, then every partition's space. */
prtos_u32_t arch_config_pt_pages(const struct prtos_config *c)
{
	prtos_u32_t i, total = 1;

	for (i = 0; i < c->num_partitions; i++)
		total += arch_config_space_pages(c, &c->partitions[i]);
	return total;
}

const char *arch_config_spaces(const struct prtos_config *c, prtos_u32_t *part, prtos_u32_t *pages)
{
	prtos_u32_t i, total = 1; /* the physical map's page table for the local APIC */

	for (i = 0; i < c->num_partitions; i++) {
		total += arch_config_space_pages(c, &c->partitions[i]);
		if (total > CONFIG_PT_POOL_PAGES) {
			*part = i;
			*pages = total;
			return "its address space does not fit the core's page-table pool "
			       "(CONFIG_PT_POOL_PAGES; pages needed so far)";
		}
	}
	return NULL;
}

const char *arch_config_io_range(const struct prtos_conf_io_range *r)
{
	if (X86_EXPORT_PORTS && overlaps(r->base, r->num_ports, PRTOS_X86_EXPORT_UART_BASE,
					 PRTOS_X86_EXPORT_UART_BASE + X86_EXPORT_PORTS))
		return "holds ports of COM2, the trace export's UART (Kconfig TRACE_EXPORT)";
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
	if (lines & X86_EXPORT_IRQS)
		return "holds IRQ line 3 of COM2, the trace export's UART (Kconfig TRACE_EXPORT)";
	return NULL;
}
