/*
 * Configuration checker, rule "core pools": the memory the core carves at boot for
 * what the configuration needs (kernel stacks, control tables, page tables, channel
 * buffers) is sized and placed as config_pools_layout() says, inside the hypervisor
 * area. prtoscc lays the pools out with the same function.
 */
#include "config_check_internal.h"

static prtos_u32_t page_round(prtos_u32_t n)
{
	return (n + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
}

prtos_u32_t config_pool_kstack_index(const struct prtos_config *c, prtos_u32_t part)
{
	prtos_u32_t i, n = 0;

	for (i = 0; i < part; i++)
		n += c->partitions[i].num_vcpus;
	return n;
}

static prtos_u32_t channel_bytes(const struct prtos_config *c)
{
	prtos_u32_t i, n = 0;

	for (i = 0; i < c->num_channels; i++)
		n += prtos_channel_bytes(&c->channels[i]);
	return n;
}

prtos_u64_t config_pools_layout(const struct prtos_config *c, struct prtos_conf_pool *pools)
{
	prtos_u64_t total = 0, at;
	prtos_u32_t i;

	pools[PRTOS_POOL_KSTACKS].size =
		config_pool_kstack_index(c, c->num_partitions) * CONFIG_KSTACK_SIZE;
	pools[PRTOS_POOL_PCT].size = config_pool_kstack_index(c, c->num_partitions) * PAGE_SIZE;
	pools[PRTOS_POOL_PT].size = arch_config_pt_pages(c) * PAGE_SIZE;
	pools[PRTOS_POOL_CHANNELS].size = channel_bytes(c);
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++)
		total += page_round(pools[i].size);
	at = c->hyp.size - total;
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++) {
		pools[i].offset = total <= c->hyp.size ? (prtos_u32_t)at : 0;
		at += page_round(pools[i].size);
	}
	return total;
}

/* Counts, ranges, address spaces and channel sizes passed: the sums are bounded. */
int config_check_pools(const struct prtos_config *c, struct config_error *err)
{
	struct prtos_conf_pool want[PRTOS_CONF_NUM_POOLS];
	prtos_u64_t total = config_pools_layout(c, want);
	prtos_u32_t i;

	if (total > c->hyp.size)
		return config_fail_val(err, CONFIG_E_HYPERVISOR, NULL, 0,
				       "the core's pools do not fit the hypervisor area (bytes "
				       "needed)",
				       (prtos_u32_t)total);
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++)
		if (c->hyp.pools[i].offset != want[i].offset ||
		    c->hyp.pools[i].size != want[i].size)
			return config_fail_val(err, CONFIG_E_HYPERVISOR, "pool", i,
					       "is not what the configuration needs (its size)",
					       c->hyp.pools[i].size);
	return 0;
}
