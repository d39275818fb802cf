/* The health monitor: looks up the configured action for an event and applies it. */
#include <prtos/core_lock.h>
#include <prtos/hm.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/boot.h>
#include <prtos/printk.h>
#include <prtos/arch.h>
#include <prtos/smp.h>
#include <prtos/reset.h>
#include <prtos/hm_log.h>
#include <prtos/stats.h>
#include <prtos/tracing.h>
#include <prtos/virq.h>
#include <prtos/hypercalls.h>

static const char *const action_names[PRTOS_HM_MAX_ACTIONS] = {
	"IGNORE",
	"SHUTDOWN",
	"PARTITION_COLD_RESET",
	"PARTITION_WARM_RESET",
	"HYPERVISOR_COLD_RESET",
	"HYPERVISOR_WARM_RESET",
	"SUSPEND",
	"PARTITION_HALT",
	"HYPERVISOR_HALT",
	"PROPAGATE",
	"SWITCH_TO_MAINTENANCE",
};

const char *hm_event_name(prtos_u32_t event)
{
	const char *name = prtos_hm_event_name(event);

	return name ? name : "UNKNOWN";
}

const char *hm_action_name(prtos_u32_t action)
{
	return action < PRTOS_HM_MAX_ACTIONS ? action_names[action] : "UNKNOWN";
}

/* p's events are raised by its running vCPU, which the record names. */
static void hm_record(struct partition *p, prtos_u32_t event, const struct hm_cpu_ctxt *c,
		      const struct prtos_conf_hm_entry *e)
{
	if (e->log)
		hm_log_append(p ? (prtos_s32_t)p->id : -1, p ? sched_current()->id : 0, event,
			      c->pc, c->psr, c->valid);
}

/* Events raised by the core itself: its state is suspect, so the system stops
 * unless the hypervisor-level table asks for a reset. */
void hm_raise_hypervisor(prtos_u32_t event, const struct hm_cpu_ctxt *c)
{
	const struct prtos_conf_hm_entry *e = &prtos_conf->hyp.hm[event % PRTOS_HM_NUM_EVENTS];

	stats.hm_events++;
	hm_record(NULL, event, c, e);
	printk("[HM] hypervisor: event %s at ip 0x%08x: action %s\n", hm_event_name(event), c->pc,
	       hm_action_name(e->action));
	if (e->action == PRTOS_HM_AC_HYPERVISOR_COLD_RESET ||
	    e->action == PRTOS_HM_AC_HYPERVISOR_WARM_RESET)
		system_reset(e->action == PRTOS_HM_AC_HYPERVISOR_COLD_RESET);
	smp_stop_others();
	printk("PRTOS: system halted by the health monitor\n");
	arch_machine_halt(1);
}

/* PROPAGATE: the exception goes to the partition's own handler, if it has one. */
static int hm_propagate(struct partition *p, prtos_u32_t event, const struct hm_cpu_ctxt *c)
{
	if (c->valid && arch_propagate_trap(sched_current(), event, c) == 0)
		return 1;
	printk("[HM] P%u: no handler to propagate to: partition halted\n", p->id);
	part_halt(p);
	return 0;
}

/*
 * The event's console lines. They are printed with interrupts on, in the
 * partition's own context, so that they never run into another's slot.
 */
static void hm_report(const struct partition *p, prtos_u32_t event, const struct hm_cpu_ctxt *c,
		      prtos_u32_t action)
{
	preemption_open();
	if (c->has_fault_addr)
		printk("[HM] P%u: page fault at 0x%08llx (error 0x%x)\n", p->id,
		       (prtos_u64_t)c->fault_addr, c->err_code);
	if (p->cfg->num_vcpus > 1) /* which of its vCPUs */
		printk("[HM] P%u vCPU %u (%s): event %s at ip 0x%08x: action %s\n", p->id,
		       sched_current()->id, p->cfg->name, hm_event_name(event), c->pc,
		       hm_action_name(action));
	else
		printk("[HM] P%u (%s): event %s at ip 0x%08x: action %s\n", p->id, p->cfg->name,
		       hm_event_name(event), c->pc, hm_action_name(action));
	preemption_close();
}

int hm_raise(struct partition *p, prtos_u32_t event, const struct hm_cpu_ctxt *c)
{
	/* e->action < PRTOS_HM_MAX_ACTIONS: config_check rule "HM" (default: halt anyway) */
	const struct prtos_conf_hm_entry *e = &p->cfg->hm[event];

	stats.hm_events++;
	trace_hyp(PRTOS_TRACE_HYP_HM, PRTOS_TRACE_CODE_HM, event, p->id);
	hm_record(p, event, c, e);
	hm_report(p, event, c, e->action);
	switch (e->action) {
	case PRTOS_HM_AC_IGNORE:
		return 1;
	case PRTOS_HM_AC_SHUTDOWN:
		virq_raise(p, PRTOS_VT_EXT_SHUTDOWN);
		return 1;
	case PRTOS_HM_AC_PARTITION_COLD_RESET:
	case PRTOS_HM_AC_PARTITION_WARM_RESET:
		/* The faulting vCPU goes on (at the entry) only if it is vCPU 0, restarted. */
		return part_reset(p,
				  e->action == PRTOS_HM_AC_PARTITION_COLD_RESET ? PRTOS_COLD_RESET
										: PRTOS_WARM_RESET,
				  event) == 0 &&
		       sched_current()->state == VCPU_READY;
	case PRTOS_HM_AC_HYPERVISOR_COLD_RESET:
	case PRTOS_HM_AC_HYPERVISOR_WARM_RESET:
		system_reset(e->action == PRTOS_HM_AC_HYPERVISOR_COLD_RESET);
	case PRTOS_HM_AC_SUSPEND:
		part_suspend(p); /* every vCPU of it */
		return 0;
	case PRTOS_HM_AC_PROPAGATE:
		return hm_propagate(p, event, c);
	case PRTOS_HM_AC_SWITCH_TO_MAINTENANCE:
		sched_request_plan(PRTOS_MAINTENANCE_PLAN);
		return 1;
	case PRTOS_HM_AC_HYPERVISOR_HALT:
		smp_stop_others();
		printk("PRTOS: system halted by the health monitor\n");
		arch_machine_halt(1);
	default:
		part_halt(p);
		return 0;
	}
}
