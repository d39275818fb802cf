/* Pure check of a guest address range against a partition's areas (host-testable). */
#include <prtos/guest.h>

static int area_allows(const struct prtos_conf_area *a, int access)
{
	if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
		return 0;
	if (access == GUEST_WRITE && (a->flags & (PRTOS_MEM_AREA_READONLY | PRTOS_MEM_AREA_ROM)))
		return 0;
	return 1;
}

prtos_u32_t guest_readable_run(const struct prtos_conf_area *areas, prtos_u32_t num,
			       prtos_address_t addr, prtos_u32_t max)
{
	prtos_u32_t i, left;

	for (i = 0; i < num; i++) {
		const struct prtos_conf_area *a = &areas[i];

		if (addr < a->mapped_at || addr - a->mapped_at >= a->size)
			continue;
		if (!area_allows(a, GUEST_READ))
			return 0;
		left = a->size - (addr - a->mapped_at);
		return left < max ? left : max;
	}
	return 0;
}

int guest_range_ok(const struct prtos_conf_area *areas, prtos_u32_t num, prtos_address_t addr,
		   prtos_u32_t size, int access)
{
	prtos_u32_t i;

	if (size == 0)
		return 0;
	for (i = 0; i < num; i++) {
		const struct prtos_conf_area *a = &areas[i];

		/* Overflow-safe: addr in [base, base+size) and size fits in the rest. */
		if (addr < a->mapped_at || addr - a->mapped_at >= a->size)
			continue;
		if (size > a->size - (addr - a->mapped_at))
			return 0;
		return area_allows(a, access);
	}
	return 0;
}
