/*
 * Paging. The core runs identity-mapped; its area is mapped supervisor-only
 * (4 MiB pages) in every address space. Each partition gets a page directory
 * with its own areas (user, 4 KiB pages) and its read-only control table at
 * PRTOS_PCT_VADDR, and the local APIC (supervisor) at X86_LAPIC_VADDR. Page
 * tables come from the core's pool PRTOS_POOL_PT (pool.c), in its area. A
 * separate directory maps physical memory below 0xFFC00000 for the core's own
 * use (loading images).
 */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <prtos/boot.h>
#include <prtos/string.h>
#include <prtos/panic.h>
#include <prtos/arch_abi.h>
#include <prtos/config_check.h>
#include <arch/io.h>
#include <arch/x86.h>
#include <prtos/sched.h>
#include <prtos/pool.h>

#define PG_P 0x001
#define PG_RW 0x002
#define PG_US 0x004
#define PG_PCD 0x010
#define PG_PS 0x080
#define PG_G 0x100
#define CR0_WP 0x00010000U
#define CR0_PG 0x80000000U
#define CR4_TSD 0x004
#define CR4_PSE 0x010
#define CR4_PGE 0x080
#define PDE_SHIFT 22
#define PT_ENTRIES 1024
#define LAPIC_PAGE_FLAGS (PG_P | PG_RW | PG_PCD) /* supervisor, uncached */

/* First in .bss (core.lds), so that its alignment costs no padding. */
static prtos_u32_t phys_pd[PT_ENTRIES]
	__attribute__((aligned(PAGE_SIZE), section(".bss.page_aligned")));
static prtos_u32_t pt_pool_used;	       /* pages taken from the pool PRTOS_POOL_PT */
static prtos_u32_t hyp_first_pde, hyp_end_pde; /* the core's 4 MiB windows */

static prtos_u32_t *pt_alloc(void)
{
	prtos_u32_t *pt;

	if (pt_pool_used == pool_size(PRTOS_POOL_PT) / PAGE_SIZE)
		return NULL;
	pt = pool_at(PRTOS_POOL_PT, pt_pool_used++ * PAGE_SIZE, PAGE_SIZE);
	memset(pt, 0, PAGE_SIZE);
	return pt;
}

static int map_page(prtos_u32_t *pd, prtos_u32_t va, prtos_u32_t pa, prtos_u32_t flags);

void arch_mm_init(void)
{
	const struct prtos_conf_hypervisor *h = &prtos_conf->hyp;
	prtos_u32_t i, cr4 = CR4_PSE | CR4_PGE;

	CHECK((h->start & ((1U << PDE_SHIFT) - 1)) == 0); /* arch_config_hypervisor */
	hyp_first_pde = h->start >> PDE_SHIFT;
	hyp_end_pde = (h->start + h->size + (1U << PDE_SHIFT) - 1) >> PDE_SHIFT;
	for (i = 0; i < PT_ENTRIES; i++)
		phys_pd[i] = (i << PDE_SHIFT) | PG_P | PG_RW | PG_PS;
	for (i = hyp_first_pde; i < hyp_end_pde; i++)
		phys_pd[i] |= PG_G;
	phys_pd[PT_ENTRIES - 1] = 0; /* the top 4 MiB hold the core's own windows */
	CHECK(map_page(phys_pd, X86_LAPIC_VADDR, X86_LAPIC_PHYS, LAPIC_PAGE_FLAGS) == 0);
#ifdef CONFIG_FORBID_RDTSC
	cr4 |= CR4_TSD;
#endif
	x86_write_cr4(x86_read_cr4() | cr4);
	x86_write_cr3((prtos_u32_t)phys_pd);
	x86_write_cr0(x86_read_cr0() | CR0_PG | CR0_WP);
	x86_lapic_start_calibration(); /* measured over the rest of the boot (lapic.c) */
}

/* Maps one 4 KiB page; allocates its page table on first use. */
static int map_page(prtos_u32_t *pd, prtos_u32_t va, prtos_u32_t pa, prtos_u32_t flags)
{
	prtos_u32_t *pt, pde = va >> PDE_SHIFT;

	if (pde >= hyp_first_pde && pde < hyp_end_pde)
		return MM_E_LAYOUT; /* would share a page table with the core */
	if (!(pd[pde] & PG_P)) {
		pt = pt_alloc();
		if (!pt)
			return MM_E_NO_PT;
		pd[pde] = (prtos_u32_t)pt | PG_P | PG_RW | PG_US;
	}
	pt = (prtos_u32_t *)(pd[pde] & ~0xFFFU);
	if (pt[(va >> 12) & (PT_ENTRIES - 1)] & PG_P)
		return MM_E_LAYOUT; /* two areas at one virtual page: each page is mapped once */
	pt[(va >> 12) & (PT_ENTRIES - 1)] = (pa & ~0xFFFU) | flags;
	return 0;
}

static prtos_u32_t area_page_flags(const struct prtos_conf_area *a)
{
	prtos_u32_t f = PG_P | PG_US;

	if (!(a->flags & (PRTOS_MEM_AREA_READONLY | PRTOS_MEM_AREA_ROM)))
		f |= PG_RW;
	if (a->flags & PRTOS_MEM_AREA_UNCACHEABLE)
		f |= PG_PCD;
	return f;
}

static int overlaps(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_end)
{
	return a < b_end && b < (prtos_u64_t)a + a_size;
}

/* One rule for the checker and the core: config_arch.c's. */
int arch_phys_reserved(prtos_u32_t start, prtos_u32_t size)
{
	return arch_config_phys(start, size) != NULL;
}

/*
 * Memory that no partition may own or see, whatever the configuration says
 * (prtoscc refuses it first): the platform's (arch_phys_reserved), the core's
 * own area, and the core's virtual range. Defence in depth: config_check's
 * rules "area owner" and "reserved" refused such an area at boot already.
 */
static int area_forbidden(const struct prtos_conf_area *a)
{
	const struct prtos_conf_hypervisor *h = &prtos_conf->hyp;

	if (a->mapped_at >= PRTOS_RESERVED_VADDR || a->size > PRTOS_RESERVED_VADDR - a->mapped_at)
		return 1;
	return arch_phys_reserved(a->start, a->size) || a->mapped_at < PRTOS_X86_LOW_RESERVED_END ||
	       overlaps(a->start, a->size, h->start, h->start + h->size);
}

static int map_area(prtos_u32_t *pd, const struct prtos_conf_area *a)
{
	prtos_u32_t off;
	int err;

	if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
		return 0;
	if (!a->size || area_forbidden(a))
		return MM_E_LAYOUT;
	for (off = 0; off < a->size; off += PAGE_SIZE) {
		err = map_page(pd, a->mapped_at + off, a->start + off, area_page_flags(a));
		if (err)
			return err;
	}
	return 0;
}

int arch_mm_build_space(struct partition *p)
{
	prtos_u32_t before = pt_pool_used, i;
	prtos_u32_t *pd = pt_alloc();
	int err;

	if (!pd)
		return MM_E_NO_PT;
	for (i = hyp_first_pde; i < hyp_end_pde; i++)
		pd[i] = phys_pd[i];
	for (i = 0; i < p->cfg->num_areas; i++) {
		err = map_area(pd, &p->areas[i]);
		if (err)
			return err;
	}
	for (i = 0, err = 0; i < p->cfg->num_vcpus && !err; i++) /* one control table per vCPU */
		err = map_page(pd, PRTOS_PCT_VADDR + i * PRTOS_PCT_STRIDE,
			       (prtos_u32_t)p->vcpus[i].pct, PG_P | PG_US);
	if (!err)
		err = map_page(pd, X86_LAPIC_VADDR, X86_LAPIC_PHYS, LAPIC_PAGE_FLAGS);
	if (err)
		return err;
	/* config_check's rule "address spaces" counted exactly these pages. */
	CHECK(pt_pool_used - before == arch_config_space_pages(prtos_conf, p->cfg));
	p->space.pd = pd;
	return 0;
}

/* The address space v runs in: its partition's, or the physical map. */
void x86_mm_activate(const struct vcpu *v)
{
	if (!v->part || v->arch.phys_map)
		x86_write_cr3((prtos_u32_t)phys_pd);
	else
		x86_write_cr3((prtos_u32_t)v->part->space.pd);
}

/*
 * The physical map is part of the running context's state, so that its holder
 * may run with interrupts on and be switched out (long partition resets and
 * copies). Calls nest: an interrupt taken inside may use the physical map too
 * (a trace record), and leaves it on for its holder.
 */
arch_phys_state_t arch_phys_begin(void)
{
	struct vcpu *v = sched_current();
	arch_phys_state_t s = {x86_read_cr3(), v ? v->arch.phys_map : 0};

	if (v)
		v->arch.phys_map = 1;
	x86_write_cr3((prtos_u32_t)phys_pd);
	return s;
}

void arch_phys_end(arch_phys_state_t s)
{
	struct vcpu *v = sched_current();

	if (v) {
		v->arch.phys_map = s.was;
		x86_mm_activate(v);
	} else {
		x86_write_cr3(s.cr3);
	}
}

/* The physical map is the identity. */
void *arch_phys_ptr(phys_addr_t pa)
{
	return (void *)pa.pa;
}

/* The core's own memory is identity-mapped in every address space. */
const void *arch_core_ptr(phys_addr_t pa)
{
	return (const void *)pa.pa;
}

void *arch_core_mem(phys_addr_t pa, prtos_u32_t size)
{
	(void)size;
	return (void *)pa.pa;
}

phys_addr_t arch_core_image_end(void)
{
	extern prtos_u8_t __core_end[]; /* core.lds */

	return phys_addr((prtos_u32_t)__core_end);
}
