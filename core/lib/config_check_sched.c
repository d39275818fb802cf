/*
 * Configuration checker, the cyclic schedule: every plan has a major frame; its slots
 * are numbered in order, last more than 0 us, follow each other without overlap inside
 * the frame, and name an existing partition and vCPU, which runs on one processor only.
 */
#include "config_check_internal.h"

/* bound[p][v]: 1 + the processor that runs vCPU v of partition p, 0 if none yet. */
struct sched_binding {
	prtos_u8_t bound[CONFIG_MAX_PARTITIONS][CONFIG_CHECK_MAX_VCPUS];
};

_Static_assert(CONFIG_MAX_CPUS < 255, "processor numbers fit the binding table");

/* Rule "slot target": an existing partition and vCPU, bound to this processor only. */
static int check_target(const struct prtos_config *c, prtos_u32_t cpu, prtos_u32_t i,
			struct sched_binding *b, struct config_error *err)
{
	const struct prtos_conf_slot *s = &c->slots[i];
	prtos_u8_t *where;

	if (s->partition_id >= c->num_partitions)
		return config_fail_val(err, CONFIG_E_SLOT, "slot", i,
				       "names a partition that does not exist", s->partition_id);
	if (s->vcpu_id >= c->partitions[s->partition_id].num_vcpus ||
	    s->vcpu_id >= CONFIG_CHECK_MAX_VCPUS)
		return config_fail_val(err, CONFIG_E_SLOT, "slot", i,
				       "names a vCPU its partition does not have", s->vcpu_id);
	where = &b->bound[s->partition_id][s->vcpu_id];
	if (*where && *where != cpu + 1)
		return config_fail_sub(err, CONFIG_E_SLOT, "slot", i,
				       "binds its vCPU to a second processor besides", "processor",
				       *where - 1U);
	*where = (prtos_u8_t)(cpu + 1);
	return 0;
}

/*
 * Rule "slot time": at least CONFIG_MIN_SLOT_US long (what the core's own slot start
 * costs must fit), after the previous slot (prev, or NULL), inside the major frame.
 */
static int check_time(const struct prtos_conf_plan *plan, const struct prtos_conf_slot *prev,
		      prtos_u32_t i, const struct prtos_conf_slot *s, struct config_error *err)
{
	if (s->duration < CONFIG_MIN_SLOT_US)
		return config_fail_val(err, CONFIG_E_SLOT, "slot", i,
				       "shorter than CONFIG_MIN_SLOT_US (in us)", s->duration);
	if (prev && s->start < prev->start)
		return config_fail_val(err, CONFIG_E_SLOT, "slot", i,
				       "starts before the previous slot", s->start);
	if (prev && s->start < (prtos_u64_t)prev->start + prev->duration)
		return config_fail_val(err, CONFIG_E_SLOT, "slot", i, "overlaps the previous slot",
				       s->start);
	if ((prtos_u64_t)s->start + s->duration > plan->major_frame)
		return config_fail_val(err, CONFIG_E_SLOT, "slot", i,
				       "ends after its plan's major frame", s->duration);
	return 0;
}

/* Rule "plan": a major frame > 0; its slots numbered by their place, then each checked. */
static int check_plan(const struct prtos_config *c, prtos_u32_t cpu, prtos_u32_t k,
		      struct sched_binding *b, struct config_error *err)
{
	const struct prtos_conf_plan *plan = &c->cpus[cpu].plans[k];
	const struct prtos_conf_slot *prev = NULL;
	prtos_u32_t i;

	if (!plan->major_frame)
		return config_fail(err, CONFIG_E_PLAN, "plan", k, "major frame is 0 us");
	for (i = plan->first_slot; i < plan->first_slot + plan->num_slots; i++) {
		if (c->slots[i].id != i - plan->first_slot)
			return config_fail_val(err, CONFIG_E_ID, "slot", i, "id is not its place",
					       c->slots[i].id);
		if (check_time(plan, prev, i, &c->slots[i], err) || check_target(c, cpu, i, b, err))
			return err->code;
		prev = &c->slots[i];
	}
	return 0;
}

/*
 * Rule "plans of every processor": the same plans on each, plan k with the same major
 * frame, so that a plan switch (asked on one CPU, for all) lands at one boundary.
 */
static int check_same_plans(const struct prtos_config *c, prtos_u32_t cpu, struct config_error *err)
{
	const struct prtos_conf_cpu *first = &c->cpus[0], *this = &c->cpus[cpu];
	prtos_u32_t k;

	if (this->num_plans != first->num_plans)
		return config_fail_val(err, CONFIG_E_PLAN, "processor", cpu,
				       "has another number of plans than processor 0",
				       this->num_plans);
	for (k = 0; k < this->num_plans; k++)
		if (this->plans[k].major_frame != first->plans[k].major_frame)
			return config_fail_val(err, CONFIG_E_PLAN, "plan", k,
					       "major frame differs from processor 0's",
					       this->plans[k].major_frame);
	return 0;
}

int config_check_schedule(const struct prtos_config *c, struct config_error *err)
{
	struct sched_binding b = {{{0}}};
	prtos_u32_t cpu, k;

	for (cpu = 0; cpu < c->num_cpus; cpu++) {
		if (check_same_plans(c, cpu, err))
			return err->code;
		for (k = 0; k < c->cpus[cpu].num_plans; k++)
			if (check_plan(c, cpu, k, &b, err))
				return err->code;
	}
	return 0;
}
