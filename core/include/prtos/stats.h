/* System-wide counters reported by prtos_get_system_status. */
#ifndef PRTOS_STATS_H
#define PRTOS_STATS_H

#include <prtos/types.h>

struct core_stats {
	prtos_u64_t hm_events; /* health-monitor events raised */
	prtos_u64_t irqs;      /* hardware interrupts handled by the core */
};

extern struct core_stats stats;

#endif
