/*
 * The host arch's memory: the machine's RAM is a host buffer standing for physical
 * [PRTOS_HOST_RAM_START, PRTOS_HOST_RAM_END). arch_phys_ptr() translates into it and
 * stops the test on an address outside it or outside arch_phys_begin/_end; a copy
 * that runs past its end is a heap overflow for AddressSanitizer. Guest copies go
 * through the physical address, after checking that it is the one behind the guest
 * address in the running partition's areas.
 */
#include <prtos/arch.h>
#include <prtos/part.h>
#include <prtos/config_check.h>
#include <arch/host.h>
#include <arch/guest_access.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RAM_SIZE (PRTOS_HOST_RAM_END - PRTOS_HOST_RAM_START)

static prtos_u8_t *ram;
static prtos_u32_t phys_depth; /* arch_phys_begin() calls not yet ended */

static void mem_fail(const char *what, prtos_u64_t a, prtos_u64_t b)
{
	fprintf(stderr, "host arch: %s (0x%llx, 0x%llx)\n", what, (unsigned long long)a,
		(unsigned long long)b);
	abort();
}

static prtos_u8_t *host_ram(void)
{
	if (!ram)
		ram = calloc(1, RAM_SIZE);
	if (!ram)
		mem_fail("no memory for the fake RAM", RAM_SIZE, 0);
	return ram;
}

void host_ram_clear(void)
{
	memset(host_ram(), 0, RAM_SIZE);
	phys_depth = 0;
}

void *host_phys(prtos_u32_t pa, prtos_u32_t n)
{
	if (pa < PRTOS_HOST_RAM_START || pa >= PRTOS_HOST_RAM_END || n > PRTOS_HOST_RAM_END - pa)
		mem_fail("host_phys: outside the fake RAM", pa, n);
	return host_ram() + (pa - PRTOS_HOST_RAM_START);
}

void arch_mm_init(void)
{
	host.mm_inits++;
}

arch_phys_state_t arch_phys_begin(void)
{
	arch_phys_state_t s = {phys_depth};

	phys_depth++;
	return s;
}

void arch_phys_end(arch_phys_state_t s)
{
	if (phys_depth != s.depth + 1)
		mem_fail("arch_phys_end does not match the latest arch_phys_begin", phys_depth,
			 s.depth);
	phys_depth = s.depth;
}

void *arch_phys_ptr(phys_addr_t pa)
{
	if (!phys_depth)
		mem_fail("arch_phys_ptr outside arch_phys_begin/_end", pa.pa, 0);
	if (pa.pa < PRTOS_HOST_RAM_START || pa.pa >= PRTOS_HOST_RAM_END)
		mem_fail("arch_phys_ptr: outside the fake RAM", pa.pa, 0);
	return host_ram() + (pa.pa - PRTOS_HOST_RAM_START);
}

/* The core's own memory is the host's: the container copy is reached directly. */
const void *arch_core_ptr(phys_addr_t pa)
{
	return host_phys((prtos_u32_t)pa.pa, 1);
}

void *arch_core_mem(phys_addr_t pa, prtos_u32_t size)
{
	return host_phys((prtos_u32_t)pa.pa, size);
}

/* The host core's image is the test program's: none of the fake RAM. */
phys_addr_t arch_core_image_end(void)
{
	return phys_addr(CONFIG_PRTOS_LOAD_ADDR);
}

/* The fake RAM behind [va, va + n) of the running partition, checked against pa. */
static prtos_u8_t *guest_ram(guest_addr_t va, phys_addr_t pa, prtos_u32_t n)
{
	struct partition *p = sched_current()->part;
	const struct prtos_conf_area *a;

	if (!p)
		mem_fail("guest copy with no partition running", va.va, n);
	a = guest_area_at(p->areas, p->cfg->num_areas, va);
	if (!a || n > guest_area_room(a, va))
		mem_fail("guest copy outside the running partition's areas", va.va, n);
	if (guest_area_phys(a, va).pa != pa.pa)
		mem_fail("guest copy: the physical address is not the one behind va", va.va, pa.pa);
	return host_phys((prtos_u32_t)pa.pa, n);
}

void arch_guest_read(void *dst, guest_addr_t va, phys_addr_t pa, prtos_u32_t n)
{
	memcpy(dst, guest_ram(va, pa, n), n);
}

void arch_guest_write(guest_addr_t va, phys_addr_t pa, const void *src, prtos_u32_t n)
{
	memcpy(guest_ram(va, pa, n), src, n);
}

int arch_phys_reserved(prtos_u32_t start, prtos_u32_t size)
{
	return arch_config_phys(start, size) != NULL;
}

int arch_mm_build_space(struct partition *p)
{
	if (host.mm_error && (host.mm_fail_id < 0 || host.mm_fail_id == (prtos_s32_t)p->id))
		return host.mm_error;
	p->space.pd = &p->space; /* built */
	p->space.builds++;
	return 0;
}
