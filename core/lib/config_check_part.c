/*
 * Configuration checker, what each partition is granted besides memory: flags, vCPUs,
 * temporal requirements, health-monitor tables, interrupt lines and I/O port ranges.
 */
#include "config_check_internal.h"

#define MAINTENANCE_PLANS 2 /* SWITCH_TO_MAINTENANCE makes plan 1 current */

/* The fewest plans of any processor. */
static prtos_u32_t min_plans(const struct prtos_config *c)
{
	prtos_u32_t i, n = CONFIG_MAX_PLANS;

	for (i = 0; i < c->num_cpus; i++)
		if (c->cpus[i].num_plans < n)
			n = c->cpus[i].num_plans;
	return n;
}

/* Messages of the HM rule, for the hypervisor's table [0] and a partition's [1]. */
static const char *const hm_bad_entry[] = {
	"hypervisor's health-monitor action or log flag out of range at",
	"health-monitor action or log flag out of range at",
};
static const char *const hm_no_plan[] = {
	"hypervisor's health monitor switches to a maintenance plan that does not exist at",
	"health monitor switches to a maintenance plan that does not exist at",
};

/*
 * Rule "HM": actions and log flags within their enums; a maintenance plan to switch
 * to. part: the partition's index, or -1 for the hypervisor's table.
 */
static int check_hm(const struct prtos_config *c, const struct prtos_conf_hm_entry *hm,
		    prtos_s32_t part, struct config_error *err)
{
	const char *table = part < 0 ? NULL : "partition";
	int level = part >= 0;
	prtos_u32_t ev;

	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++) {
		if (hm[ev].action >= PRTOS_HM_MAX_ACTIONS || hm[ev].log > 1) {
			config_fail_sub(err, CONFIG_E_HM, table, (prtos_u32_t)part,
					hm_bad_entry[level], "event", ev);
			return config_fail_val(err, CONFIG_E_HM, table, (prtos_u32_t)part,
					       hm_bad_entry[level], hm[ev].action);
		}
		if (hm[ev].action == PRTOS_HM_AC_SWITCH_TO_MAINTENANCE &&
		    min_plans(c) < MAINTENANCE_PLANS)
			return config_fail_sub(err, CONFIG_E_HM, table, (prtos_u32_t)part,
					       hm_no_plan[level], "event", ev);
	}
	return 0;
}

/* Rule "partition": known flags, 1..CONFIG_CHECK_MAX_VCPUS vCPUs, duration <= period. */
static int check_basics(const struct prtos_conf_partition *p, prtos_u32_t i,
			struct config_error *err)
{
	if (p->flags & ~CHECK_PART_FLAGS)
		return config_fail_val(err, CONFIG_E_PARTITION, "partition", i, "unknown flags",
				       p->flags);
	if (!p->num_vcpus || p->num_vcpus > CONFIG_CHECK_MAX_VCPUS)
		return config_fail_val(err, CONFIG_E_PARTITION, "partition", i,
				       "number of vCPUs out of range", p->num_vcpus);
	if (p->duration > p->period)
		return config_fail_val(err, CONFIG_E_PARTITION, "partition", i,
				       "temporal duration longer than its period", p->duration);
	return 0;
}

/* Rule "IRQs": existing lines the architecture lets go, each owned once (*owned). */
static int check_irqs(const struct prtos_conf_partition *p, prtos_u32_t i, prtos_u32_t *owned,
		      struct config_error *err)
{
	const char *why;

	if (p->hw_irqs >> PRTOS_CONF_MAX_IRQS)
		return config_fail_val(err, CONFIG_E_IRQ, "partition", i,
				       "IRQ line that does not exist", p->hw_irqs);
	why = arch_config_irqs(p->hw_irqs);
	if (why)
		return config_fail_val(err, CONFIG_E_IRQ, "partition", i, why, p->hw_irqs);
	if (p->hw_irqs & *owned)
		return config_fail_val(err, CONFIG_E_IRQ, "partition", i,
				       "IRQ line owned by another partition", p->hw_irqs & *owned);
	*owned |= p->hw_irqs;
	return 0;
}

/* Rule "I/O ports": not empty, allowed by the architecture, granted once. */
static int check_io_range(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_io_range *r = &c->io_ranges[i];
	const char *why;
	prtos_u32_t j;

	if (!r->num_ports)
		return config_fail(err, CONFIG_E_IO, "I/O port range", i, "is empty");
	why = arch_config_io_range(r);
	if (why)
		return config_fail_val(err, CONFIG_E_IO, "I/O port range", i, why, r->base);
	for (j = 0; j < i; j++)
		if (config_overlap(r->base, r->num_ports, c->io_ranges[j].base,
				   c->io_ranges[j].num_ports))
			return config_fail_sub(err, CONFIG_E_IO, "I/O port range", i, "overlaps",
					       "I/O port range", j);
	return 0;
}

int config_check_partitions(const struct prtos_config *c, struct config_error *err)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t i, owned = 0;

	if (check_hm(c, c->hyp.hm, -1, err))
		return err->code;
	for (i = 0; i < c->num_partitions; i++) {
		p = &c->partitions[i];
		if (check_basics(p, i, err) || check_hm(c, p->hm, (prtos_s32_t)i, err) ||
		    check_irqs(p, i, &owned, err))
			return err->code;
	}
	for (i = 0; i < c->num_io_ranges; i++)
		if (check_io_range(c, i, err))
			return err->code;
	return 0;
}
