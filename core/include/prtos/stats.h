/* System-wide counters reported by prtos_get_system_status. */
#ifndef PRTOS_STATS_H
#define PRTOS_STATS_H

#include <prtos/types.h>

struct core_stats {
	prtos_u64_t hm_events; /* health-monitor events raised (core lock held) */
};
/* The hardware interrupts handled by every CPU (each counts its own: struct cpu). */
prtos_u64_t stats_irqs(void);

extern struct core_stats stats;

#endif
