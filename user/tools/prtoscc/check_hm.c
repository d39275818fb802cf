/* Health-monitor checks: the action matrix per level and the maintenance-plan rule. */
#include "check.h"
#include "diag.h"
#include "values.h"

/* Events that are traps a partition can handle itself (PROPAGATE makes sense). */
static int hm_is_trap(int event)
{
	return (event >= PRTOS_HM_EV_FP_ERROR && event <= PRTOS_HM_EV_UNEXPECTED_TRAP) ||
	       prtos_hm_event_is_arch((unsigned int)event);
}

static const char *hm_hyp_action_check(int event, int action)
{
	switch (action) {
	case PRTOS_HM_AC_IGNORE:
		if (event == PRTOS_HM_EV_FATAL_ERROR)
			return "a fatal hypervisor error cannot be ignored";
		return NULL;
	case PRTOS_HM_AC_HYPERVISOR_COLD_RESET:
	case PRTOS_HM_AC_HYPERVISOR_WARM_RESET:
	case PRTOS_HM_AC_HYPERVISOR_HALT:
	case PRTOS_HM_AC_SWITCH_TO_MAINTENANCE:
		return NULL;
	default:
		return "a partition action in the hypervisor-level table";
	}
}

const char *hm_action_check(int partition_level, int event, int action)
{
	if (event < 0 || event >= PRTOS_HM_NUM_EVENTS || action < 0 ||
	    action >= PRTOS_HM_MAX_ACTIONS)
		return "unknown event or action";
	if (!partition_level)
		return hm_hyp_action_check(event, action);
	if (action == PRTOS_HM_AC_PROPAGATE && !hm_is_trap(event))
		return "only traps (FP, memory protection, unexpected trap, processor exceptions) "
		       "can be propagated";
	if ((action == PRTOS_HM_AC_IGNORE || action == PRTOS_HM_AC_SWITCH_TO_MAINTENANCE) &&
	    prtos_hm_arch_event_refaults((unsigned int)event))
		return "the partition would resume at the faulting instruction and fault again";
	return NULL;
}

static int min_plans(const struct prtos_config *cf)
{
	prtos_u32_t i, min = CONFIG_MAX_PLANS;

	for (i = 0; i < cf->num_cpus; i++)
		if (cf->cpus[i].num_plans < min)
			min = cf->cpus[i].num_plans;
	return (int)min;
}

static void check_hm_table(struct cc_model *m, int partition_level,
			   const struct prtos_conf_hm_entry *hm, const unsigned *lines)
{
	const char *why;
	int ev;

	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++) {
		if (!lines[ev])
			continue;
		why = hm_action_check(partition_level, ev, hm[ev].action);
		if (why)
			diag_error(lines[ev], "action %s not allowed for %s: %s",
				   val_hm_action_name(hm[ev].action), val_hm_event_name(ev), why);
		else if (hm[ev].action == PRTOS_HM_AC_SWITCH_TO_MAINTENANCE &&
			 min_plans(&m->cf) < 2)
			diag_error(lines[ev], "%s needs at least 2 plans on every processor",
				   val_hm_action_name(hm[ev].action));
	}
}

void check_hm(struct cc_model *m)
{
	prtos_u32_t i;

	check_hm_table(m, 0, m->cf.hyp.hm, m->hyp_hm_line);
	for (i = 0; i < m->cf.num_partitions; i++)
		check_hm_table(m, 1, m->cf.partitions[i].hm, m->part[i].hm_line);
}
