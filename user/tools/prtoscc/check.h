/* Whole-configuration checks run after parsing, and the pure rules they are built from
 * (exported for the unit tests). Every check reports `file:line: message` and goes on. */
#ifndef PRTOSCC_CHECK_H
#define PRTOSCC_CHECK_H

#include "model.h"

/* Memory rules. Sizes of 0 never overlap. */
int mem_overlap(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size);
int mem_inside(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size);
int mem_aligned(prtos_u32_t v);

/* Schedule rule for one slot given the previous slot of its plan (NULL for the first). */
enum sched_verdict {
	SCHED_OK,
	SCHED_ZERO_DURATION,
	SCHED_OUT_OF_ORDER,
	SCHED_OVERLAP,
	SCHED_PAST_FRAME,
};
enum sched_verdict sched_slot_check(prtos_u32_t major_frame, const struct prtos_conf_slot *prev,
				    const struct prtos_conf_slot *cur);
const char *sched_verdict_text(enum sched_verdict v);

/* HM matrix: NULL if `action` is allowed for `event` at that level, else the reason. */
const char *hm_action_check(int partition_level, int event, int action);

/* Hardware rules: the name of the hypervisor resource hit, or NULL. */
const char *hw_reserved_ports(prtos_u32_t base, prtos_u32_t num);
const char *hw_reserved_irq(prtos_u32_t line);

void check_memory(struct cc_model *m);
void check_schedule(struct cc_model *m);
void check_channels(struct cc_model *m);
void check_hm(struct cc_model *m);
void check_hw(struct cc_model *m);
void check_refs(struct cc_model *m);

#endif
