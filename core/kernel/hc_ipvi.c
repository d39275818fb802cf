/* Inter-partition virtual interrupts, only along the pairs the XML declares. */
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/boot.h>
#include <prtos/virq.h>

/* The caller's configured IPVI for extended interrupt no, or NULL. */
static const struct prtos_conf_ipvi *ipvi_of(const struct partition *p, prtos_u32_t no)
{
	prtos_u32_t i;

	for (i = 0; i < prtos_conf->num_ipvis; i++) { /* <= CONFIG_MAX_IPVIS: rule "counts" */
		const struct prtos_conf_ipvi *v = &prtos_conf->ipvis[i];

		if (v->source_id == p->id && v->id == no - PRTOS_VT_EXT_IPVI0)
			return v;
	}
	return NULL;
}

static int ipvi_targets(const struct prtos_conf_ipvi *v, prtos_u32_t id)
{
	return id < 64 && (v->dst_mask[id / 32] & (1U << (id % 32)));
}

static int ipvi_number_ok(prtos_u32_t no)
{
	return no >= PRTOS_VT_EXT_IPVI0 && no < PRTOS_VT_EXT_IPVI0 + PRTOS_MAX_IPVI;
}

prtos_s32_t hcall_raise_ipvi(prtos_u8_t no)
{
	const struct prtos_conf_ipvi *v;
	prtos_u32_t id;

	if (!ipvi_number_ok(no))
		return PRTOS_INVALID_PARAM;
	v = ipvi_of(sched_current()->part, no);
	if (!v)
		return PRTOS_INVALID_CONFIG;
	for (id = 0; id < num_partitions; id++)
		if (ipvi_targets(v, id))
			virq_raise(&partitions[id], no);
	return PRTOS_OK;
}

prtos_s32_t hcall_raise_partition_ipvi(prtos_u32_t id, prtos_u8_t no)
{
	const struct prtos_conf_ipvi *v;

	if (!ipvi_number_ok(no) || !part_by_id(id))
		return PRTOS_INVALID_PARAM;
	v = ipvi_of(sched_current()->part, no);
	if (!v || !ipvi_targets(v, id))
		return PRTOS_INVALID_CONFIG;
	virq_raise(part_by_id(id), no);
	return PRTOS_OK;
}
