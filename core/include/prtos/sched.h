/* The cyclic scheduler: static plans of slots, walked by a small pure function. */
#ifndef PRTOS_SCHED_H
#define PRTOS_SCHED_H

#include <prtos/types.h>
#include <prtos/config_blob.h>

struct vcpu;

/* What runs at a given time within a major frame. */
struct sched_pick {
	prtos_s32_t slot;  /* index within the plan's slots, or -1 for idle */
	prtos_u32_t until; /* us within the frame at which this pick ends */
};

/*
 * Pure: picks the slot covering time t (0 <= t < major_frame) of a plan whose
 * num slots are sorted and disjoint. Unit-tested on the host.
 */
struct sched_pick sched_pick_slot(const struct prtos_conf_slot *slots, prtos_u32_t num,
				  prtos_u32_t major_frame, prtos_u32_t t);

void sched_init(void);
/* Starts scheduling on this CPU; never returns. */
void sched_start(void) __attribute__((noreturn));
/* Timer interrupt: move to whatever the plan says runs now. Interrupts off. */
void sched_timer_irq(void);
/* Reschedules now (after the current vCPU halted, idled or was suspended). */
void schedule(void);
/* The vCPU running on this CPU (the idle context if none). */
struct vcpu *sched_current(void);
/* Execution time of v in us, including the current run. */
prtos_time_t sched_exec_time(const struct vcpu *v);
/* Absolute time (us) at which the current slot ends. */
prtos_time_t sched_slot_end(void);
/* Number of completed major frames on this CPU. */
prtos_u32_t sched_current_maf(void);

#endif
