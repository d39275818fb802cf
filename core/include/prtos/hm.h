/* The health monitor: events raised by partitions or the core, and their actions. */
#ifndef PRTOS_HM_H
#define PRTOS_HM_H

#include <prtos/types.h>
#include <prtos/hmdefs.h>

struct partition;

/* The plan SWITCH_TO_MAINTENANCE asks for. */
#define PRTOS_MAINTENANCE_PLAN 1

/* Where an event happened, for the log and for PROPAGATE. */
struct hm_cpu_ctxt {
	prtos_u32_t pc;
	prtos_u32_t psr;	    /* flags register */
	prtos_u32_t err_code;	    /* the exception's error code, if any */
	prtos_address_t fault_addr; /* memory faults: the address touched */
	int has_fault_addr;	    /* fault_addr is valid */
	int valid;		    /* pc/psr describe the faulting instruction */
};

/*
 * Raises event on partition p (the current one), records it when the table
 * says log="yes" and applies the configured action. Returns 1 if the current
 * vCPU may go on running (possibly at a handler or restarted), 0 if it was
 * stopped and the caller must reschedule.
 */
int hm_raise(struct partition *p, prtos_u32_t event, const struct hm_cpu_ctxt *c);
/* An event of the core itself: recorded, then the hypervisor-level action. */
void hm_raise_hypervisor(prtos_u32_t event, const struct hm_cpu_ctxt *c) __attribute__((noreturn));

const char *hm_event_name(prtos_u32_t event);
const char *hm_action_name(prtos_u32_t action);

#endif
