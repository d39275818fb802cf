/* Pure look-ups of guest addresses in a partition's areas (host-testable); see guest.h. */
#include <prtos/guest.h>

prtos_u32_t guest_readable_run(const struct prtos_conf_area *areas, prtos_u32_t num,
			       guest_addr_t addr, prtos_u32_t max,
			       const struct prtos_conf_area **area)
{
	const struct prtos_conf_area *a = guest_area_at(areas, num, addr);
	prtos_u32_t left;

	*area = a;
	if (!a || !guest_area_allows(a, GUEST_READ))
		return 0;
	left = guest_area_room(a, addr);
	return left < max ? left : max;
}
