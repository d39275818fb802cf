/*
 * The core's pools: kernel stacks, control tables, page tables and channel
 * buffers, sized by the configuration (rule "core pools") and carved at boot
 * from the top of the hypervisor area, above the core's image and the
 * container copy. Nothing else lives there, so what .bss gave for free, zeroed
 * memory that is the core's alone, they get here.
 */
#include <prtos/pool.h>
#include <prtos/boot.h>
#include <prtos/arch.h>
#include <prtos/panic.h>
#include <prtos/printk.h>
#include <prtos/string.h>

/* Why the pools cannot be carved: they would cover the core or the container copy. */
static const char *pool_refusal(const struct prtos_boot_info *info)
{
	const struct prtos_conf_hypervisor *h = &prtos_conf->hyp;
	prtos_u64_t base = (prtos_u64_t)h->start + h->pools[0].offset; /* rule "core pools" */

	if (arch_core_image_end().pa > base)
		return "the core's pools overlap the core's image";
	if (info->container < h->start ||
	    (prtos_u64_t)info->container + info->container_size > base)
		return "the core's pools overlap the container copy (or it is outside the "
		       "hypervisor area)";
	return NULL;
}

int pool_init(const struct prtos_boot_info *info)
{
	const struct prtos_conf_hypervisor *h = &prtos_conf->hyp;
	const char *why = pool_refusal(info);
	prtos_u32_t i;

	if (why) {
		printk("PRTOS: configuration refused: %s\n", why);
		return -1;
	}
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++)
		if (h->pools[i].size)
			memset(pool_at(i, 0, h->pools[i].size), 0, h->pools[i].size);
	return 0;
}

prtos_u32_t pool_size(prtos_u32_t pool)
{
	return prtos_conf->hyp.pools[pool].size;
}

void *pool_at(prtos_u32_t pool, prtos_u32_t off, prtos_u32_t size)
{
	const struct prtos_conf_pool *p = &prtos_conf->hyp.pools[pool];

	CHECK(pool < PRTOS_CONF_NUM_POOLS && off <= p->size && size <= p->size - off);
	return arch_core_mem(phys_addr(prtos_conf->hyp.start + p->offset + off), size);
}
