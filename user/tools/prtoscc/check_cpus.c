/* Processor checks: with several processors, every processor has the same plans. A plan
 * switch takes effect on every processor at the same major-frame boundary, so each plan
 * id needs a plan on every processor, with one major frame. Processor 0 is the reference. */
#include "check.h"
#include "diag.h"

enum cpus_plan_verdict cpus_plan_check(const struct prtos_conf_cpu *ref,
				       const struct prtos_conf_cpu *cpu, prtos_u32_t plan)
{
	prtos_u32_t want, have;

	if (plan >= cpu->num_plans)
		return plan < ref->num_plans ? CPUS_PLAN_MISSING : CPUS_PLAN_OK;
	if (plan >= ref->num_plans)
		return CPUS_PLAN_EXTRA;
	want = ref->plans[plan].major_frame;
	have = cpu->plans[plan].major_frame;
	/* a major frame of 0 is refused on its own (check_sched.c) */
	return want && have && want != have ? CPUS_PLAN_FRAME : CPUS_PLAN_OK;
}

static void report_plan(const struct cc_model *m, prtos_u32_t cpu, prtos_u32_t k,
			enum cpus_plan_verdict v)
{
	const struct prtos_conf_cpu *ref = &m->cf.cpus[0], *c = &m->cf.cpus[cpu];

	if (v == CPUS_PLAN_MISSING)
		diag_error(m->cpu_line[cpu],
			   "processor %u has no plan %u, which processor 0 has (line %u, majorFrame"
			   " %u us): a plan switch changes the plan of every processor",
			   cpu, k, m->plan_line[0][k], ref->plans[k].major_frame);
	else if (v == CPUS_PLAN_EXTRA)
		diag_error(
			m->plan_line[cpu][k],
			"plan %u of processor %u (majorFrame %u us): processor 0 (line %u) has no"
			" plan %u; a plan switch changes the plan of every processor",
			k, cpu, c->plans[k].major_frame, m->cpu_line[0], k);
	else if (v == CPUS_PLAN_FRAME)
		diag_error(
			m->plan_line[cpu][k],
			"plan %u has majorFrame %u us on processor %u, %u us on processor 0 (line"
			" %u): every processor switches plans at the same major-frame boundary",
			k, c->plans[k].major_frame, cpu, ref->plans[k].major_frame,
			m->plan_line[0][k]);
}

void check_cpus(struct cc_model *m)
{
	const struct prtos_conf_cpu *ref = &m->cf.cpus[0];
	prtos_u32_t cpu, k, n;

	for (cpu = 1; cpu < m->cf.num_cpus; cpu++) {
		n = m->cf.cpus[cpu].num_plans > ref->num_plans ? m->cf.cpus[cpu].num_plans
							       : ref->num_plans;
		for (k = 0; k < n; k++)
			report_plan(m, cpu, k, cpus_plan_check(ref, &m->cf.cpus[cpu], k));
	}
}
