/* The health monitor: looks up the configured action for an event and applies it. */
#include <prtos/hm.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/boot.h>
#include <prtos/printk.h>
#include <prtos/arch.h>

static const char *const event_names[PRTOS_HM_NUM_EVENTS] = {
	"FATAL_ERROR",	      "SYSTEM_ERROR",
	"PARTITION_ERROR",    "FP_ERROR",
	"MEM_PROTECTION",     "UNEXPECTED_TRAP",
	"X86_DIVIDE_ERROR",   "X86_DEBUG",
	"X86_NMI_INTERRUPT",  "X86_BREAKPOINT",
	"X86_OVERFLOW",	      "X86_BOUND_RANGE_EXCEEDED",
	"X86_INVALID_OPCODE", "X86_DEVICE_NOT_AVAILABLE",
	"X86_DOUBLE_FAULT",   "X86_COPROCESSOR_SEGMENT_OVERRUN",
	"X86_INVALID_TSS",    "X86_SEGMENT_NOT_PRESENT",
	"X86_STACK_FAULT",    "X86_GENERAL_PROTECTION",
	"X86_PAGE_FAULT",     "X86_RESERVED_15",
	"X86_X87_FPU_ERROR",  "X86_ALIGNMENT_CHECK",
	"X86_MACHINE_CHECK",  "X86_SIMD_FLOATING_POINT",
	"WATCHDOG_TIMER",
};

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
	return event < PRTOS_HM_NUM_EVENTS ? event_names[event] : "UNKNOWN";
}

const char *hm_action_name(prtos_u32_t action)
{
	return action < PRTOS_HM_MAX_ACTIONS ? action_names[action] : "UNKNOWN";
}

/* Hypervisor-level events always stop the system: its own state is suspect. */
static void hm_hypervisor_event(prtos_u32_t event, prtos_u32_t ip)
{
	printk("[HM] hypervisor: event %s at ip 0x%08x: system halted\n", hm_event_name(event), ip);
	arch_machine_halt(1);
}

int hm_raise(struct partition *p, prtos_u32_t event, prtos_u32_t ip)
{
	const struct prtos_conf_hm_entry *e;

	if (!p || event >= PRTOS_HM_NUM_EVENTS)
		hm_hypervisor_event(event, ip);
	e = &p->cfg->hm[event];
	printk("[HM] P%u (%s): event %s at ip 0x%08x: action %s\n", p->id, p->cfg->name,
	       hm_event_name(event), ip, hm_action_name(e->action));
	switch (e->action) {
	case PRTOS_HM_AC_IGNORE:
		return 1;
	case PRTOS_HM_AC_HYPERVISOR_HALT:
		printk("PRTOS: system halted by the health monitor\n");
		arch_machine_halt(1);
	case PRTOS_HM_AC_SUSPEND:
		p->vcpu.state = VCPU_SUSPENDED;
		return 0;
	case PRTOS_HM_AC_PARTITION_HALT:
		part_halt(p);
		return 0;
	default:
		printk("[HM] action %s is not supported by this core: partition halted\n",
		       hm_action_name(e->action));
		part_halt(p);
		return 0;
	}
}
