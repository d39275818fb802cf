/* Pure look-ups of guest addresses in a partition's areas (host-testable); see guest.h. */
#include <prtos/guest.h>

prtos_u32_t guest_readable_run(const struct prtos_conf_area *areas, prtos_u32_t num,
			       prtos_address_t addr, prtos_u32_t max)
{
	prtos_u32_t i, left;

	for (i = 0; i < num; i++) {
		const struct prtos_conf_area *a = &areas[i];

		if (addr < a->mapped_at || addr - a->mapped_at >= a->size)
			continue;
		if (!guest_area_allows(a, GUEST_READ))
			return 0;
		left = a->size - (addr - a->mapped_at);
		return left < max ? left : max;
	}
	return 0;
}
