/*
 * The core's pools (config_blob.h, PRTOS_POOL_*): sized from the configuration and
 * laid out at the top of the hypervisor area by the boot checker's own function,
 * refused at the PhysicalMemoryArea when they do not fit, and printed as the core's
 * memory budget (prtoscc --budget, --summary).
 */
#include <prtos/config_check.h>
#include "check.h"
#include "diag.h"
#include "report.h"

static const char *const pool_names[PRTOS_CONF_NUM_POOLS] = {
	[PRTOS_POOL_KSTACKS] = "kernel stacks",
	[PRTOS_POOL_PCT] = "control tables",
	[PRTOS_POOL_PT] = "page tables",
	[PRTOS_POOL_CHANNELS] = "channel buffers",
};

void check_pools(struct cc_model *m)
{
	struct prtos_conf_hypervisor *h = &m->cf.hyp;
	prtos_u64_t total = config_pools_layout(&m->cf, h->pools);
	char need[REPORT_TEXT_LEN], have[REPORT_TEXT_LEN];

	h->line = m->hyp_area_line ? m->hyp_area_line : m->hyp_line;
	if (total <= h->size)
		return;
	diag_error(h->line,
		   "the core's pools (kernel stacks, control tables, page tables, channel "
		   "buffers) need %s; the hypervisor area has %s (see prtoscc --budget)",
		   report_size(need, sizeof(need), total),
		   report_size(have, sizeof(have), h->size));
}

/* What each pool holds, for the budget: "2 vCPUs of 8 KB", "3 pages", ... */
static void pool_detail(char *buf, size_t len, const struct prtos_config *cf, prtos_u32_t i)
{
	char size[REPORT_TEXT_LEN];
	prtos_u32_t n = cf->hyp.pools[i].size;

	switch (i) {
	case PRTOS_POOL_KSTACKS:
		snprintf(buf, len, "%u vCPU(s) of %s", n / CONFIG_KSTACK_SIZE,
			 report_size(size, sizeof(size), CONFIG_KSTACK_SIZE));
		break;
	case PRTOS_POOL_PCT:
		snprintf(buf, len, "%u partition(s), a page each", n / PAGE_SIZE);
		break;
	case PRTOS_POOL_PT:
		snprintf(buf, len, "%u page(s) of at most %u", n / PAGE_SIZE, CONFIG_PT_POOL_PAGES);
		break;
	default:
		snprintf(buf, len, "%u channel(s), at most %u bytes", cf->num_channels,
			 CONFIG_CHANNEL_POOL_BYTES);
	}
}

void budget_print(FILE *out, const struct prtos_config *cf)
{
	const struct prtos_conf_hypervisor *h = &cf->hyp;
	prtos_u32_t i, base = h->start + h->pools[0].offset, total = h->size - h->pools[0].offset;
	char size[REPORT_TEXT_LEN], what[96];

	fprintf(out, "Core memory (hypervisor area 0x%08x, %s)\n", h->start,
		report_size(size, sizeof(size), h->size));
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++) {
		pool_detail(what, sizeof(what), cf, i);
		fprintf(out, "  %-16s %10s  %s\n", pool_names[i],
			report_size(size, sizeof(size), h->pools[i].size), what);
	}
	fprintf(out, "  %-16s %10s  0x%08x-0x%08x, page-rounded\n", "pools",
		report_size(size, sizeof(size), total), base, base + total - 1);
	fprintf(out,
		"  below the pools: %s for the core's image and the container copy "
		"(prtosinspect shows both)\n",
		report_size(size, sizeof(size), base - h->start));
}
