/*
 * Configuration checker, rule "machine RAM": what the configuration hands out as
 * memory must be memory. The configuration's regions say where RAM is; the machine's
 * firmware says where it really is, and a region declared over a hole (a PCI device's
 * registers, say) would give a partition a device. Run by the loader and the core,
 * which know the machine; prtoscc cannot.
 */
#include "config_check_internal.h"

static int in_ram(const struct config_ram *ram, prtos_u32_t num, prtos_u32_t start,
		  prtos_u32_t size)
{
	prtos_u32_t i;

	for (i = 0; i < num; i++)
		if (start >= ram[i].start && (prtos_u64_t)start + size <= ram[i].end)
			return 1;
	return 0;
}

#define NOT_RAM "not in the machine's RAM (as its boot loader reports it)"

int config_check_ram(const struct prtos_config *c, const struct config_ram *ram, prtos_u32_t num,
		     struct config_error *err)
{
	prtos_u32_t i;

	*err = (struct config_error){.code = CONFIG_OK, .msg = "ok"};
	if (!num)
		return config_fail(err, CONFIG_E_RAM, NULL, 0,
				   "the boot loader did not report the machine's RAM");
	if (!in_ram(ram, num, c->hyp.start, c->hyp.size))
		return config_fail_val(err, CONFIG_E_RAM, "hypervisor area", 0, NOT_RAM,
				       c->hyp.start);
	for (i = 0; i < c->num_areas; i++)
		if (!in_ram(ram, num, c->areas[i].start, c->areas[i].size))
			return config_fail_val(err, CONFIG_E_RAM, "area", i, NOT_RAM,
					       c->areas[i].start);
	for (i = 0; i < c->devices.num_memblocks; i++)
		if (!in_ram(ram, num, c->devices.memblocks[i].start, c->devices.memblocks[i].size))
			return config_fail_val(err, CONFIG_E_RAM, "memory block", i, NOT_RAM,
					       c->devices.memblocks[i].start);
	return 0;
}
