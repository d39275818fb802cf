/* Schedule checks: plans and slots of every processor, vCPU bindings, unscheduled
 * partitions, temporal requirements. */
#include <string.h>
#include "check.h"
#include "diag.h"

#define STR(x) #x
#define XSTR(x) STR(x)
#define MIN_SLOT_TEXT XSTR(CONFIG_MIN_SLOT_US)

enum sched_verdict sched_slot_check(prtos_u32_t major_frame, const struct prtos_conf_slot *prev,
				    const struct prtos_conf_slot *cur)
{
	if (cur->duration < CONFIG_MIN_SLOT_US)
		return SCHED_TOO_SHORT;
	if (prev && cur->start < prev->start)
		return SCHED_OUT_OF_ORDER;
	if (prev && cur->start < (prtos_u64_t)prev->start + prev->duration)
		return SCHED_OVERLAP;
	if ((prtos_u64_t)cur->start + cur->duration > major_frame)
		return SCHED_PAST_FRAME;
	return SCHED_OK;
}

const char *sched_verdict_text(enum sched_verdict v)
{
	switch (v) {
	case SCHED_OK:
		return "ok";
	case SCHED_TOO_SHORT:
		return "slot shorter than the core's minimum (CONFIG_MIN_SLOT_US, " MIN_SLOT_TEXT
		       " us): the core's own work at a slot start must fit in it";
	case SCHED_OUT_OF_ORDER:
		return "slot starts before the previous slot (slots must be in time order)";
	case SCHED_OVERLAP:
		return "slot overlaps the previous slot";
	case SCHED_PAST_FRAME:
		return "slot ends after the major frame";
	}
	return "?";
}

/* cpu_of[p][v]: 1 + the processor running vCPU v of partition p, 0 if none. */
struct sched_use {
	prtos_u32_t cpu_of[CONFIG_MAX_PARTITIONS][CC_MAX_VCPUS];
};

static void check_slot_target(struct cc_model *m, prtos_u32_t cpu, prtos_u32_t idx,
			      struct sched_use *use)
{
	const struct prtos_conf_slot *s = &m->cf.slots[idx];
	const struct prtos_conf_partition *p;
	unsigned line = m->slot_line[idx];

	if (s->partition_id >= m->cf.num_partitions) {
		diag_error(line, "slot refers to unknown partition %u", s->partition_id);
		return;
	}
	p = &m->cf.partitions[s->partition_id];
	if (s->vcpu_id >= p->num_vcpus) {
		diag_error(line, "vCpuId %u out of range (partition %u has %u vCPUs)", s->vcpu_id,
			   s->partition_id, p->num_vcpus);
		return;
	}
	if (use->cpu_of[s->partition_id][s->vcpu_id] &&
	    use->cpu_of[s->partition_id][s->vcpu_id] != cpu + 1)
		diag_error(line, "partition %u vCPU %u is already bound to processor %u",
			   s->partition_id, s->vcpu_id,
			   use->cpu_of[s->partition_id][s->vcpu_id] - 1);
	else
		use->cpu_of[s->partition_id][s->vcpu_id] = cpu + 1;
}

static void check_plan(struct cc_model *m, prtos_u32_t cpu, prtos_u32_t plan, struct sched_use *use)
{
	const struct prtos_conf_plan *p = &m->cf.cpus[cpu].plans[plan];
	const struct prtos_conf_slot *prev = NULL;
	enum sched_verdict v;
	prtos_u32_t i;

	if (!p->major_frame)
		diag_error(m->plan_line[cpu][plan], "majorFrame must be > 0");
	for (i = p->first_slot; i < p->first_slot + p->num_slots; i++) {
		v = sched_slot_check(p->major_frame, prev, &m->cf.slots[i]);
		if (v != SCHED_OK && (v != SCHED_PAST_FRAME || p->major_frame))
			diag_error(m->slot_line[i], "%s", sched_verdict_text(v));
		check_slot_target(m, cpu, i, use);
		prev = &m->cf.slots[i];
	}
}

static void check_unscheduled(struct cc_model *m, const struct sched_use *use)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t i, v, used;

	for (i = 0; i < m->cf.num_partitions; i++) {
		p = &m->cf.partitions[i];
		for (v = 0, used = 0; v < p->num_vcpus; v++)
			used += use->cpu_of[i][v] != 0;
		if (!used) {
			diag_warn(m->part[i].line, "partition %u (%s) is never scheduled", i,
				  p->name);
			continue;
		}
		for (v = 0; v < p->num_vcpus; v++)
			if (!use->cpu_of[i][v])
				diag_warn(m->part[i].line,
					  "vCPU %u of partition %u is never scheduled", v, i);
	}
}

static void check_temporal(struct cc_model *m)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t i;

	for (i = 0; i < m->cf.num_partitions; i++) {
		p = &m->cf.partitions[i];
		if (!m->part[i].temporal_line)
			continue;
		if (!p->period)
			diag_error(m->part[i].temporal_line, "period must be > 0");
		else if (p->duration > p->period)
			diag_error(m->part[i].temporal_line, "duration exceeds the period");
	}
}

void check_schedule(struct cc_model *m)
{
	struct sched_use use;
	prtos_u32_t cpu, plan;

	memset(&use, 0, sizeof(use));
	for (cpu = 0; cpu < m->cf.num_cpus; cpu++)
		for (plan = 0; plan < m->cf.cpus[cpu].num_plans; plan++)
			check_plan(m, cpu, plan, &use);
	check_unscheduled(m, &use);
	check_temporal(m);
}
