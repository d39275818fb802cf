/* System-wide counters (see prtos/stats.h). */
#include <prtos/stats.h>

struct core_stats stats;
