/* The health monitor: events raised by partitions or the core, and their actions. */
#ifndef PRTOS_HM_H
#define PRTOS_HM_H

#include <prtos/types.h>
#include <prtos/hmdefs.h>

struct partition;

/*
 * Raises event on partition p (NULL: the hypervisor) at instruction address ip,
 * applies the configured action and records it when configured. Returns 1 if
 * the current vCPU may go on running, 0 if it was stopped.
 */
int hm_raise(struct partition *p, prtos_u32_t event, prtos_u32_t ip);

const char *hm_event_name(prtos_u32_t event);
const char *hm_action_name(prtos_u32_t action);

#endif
