/* Whole-configuration checks run after parsing, and the pure rules they are built from
 * (exported for the unit tests). Every check reports `file:line: message` and goes on. */
#ifndef PRTOSCC_CHECK_H
#define PRTOSCC_CHECK_H

#include "model.h"

/* Memory rules. Sizes of 0 never overlap. */
int mem_overlap(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size);
int mem_inside(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size);
int mem_aligned(prtos_u32_t v);

/* Memory the platform keeps from partitions (platform_x86.c): NULL if [start, start + size)
 * is clear, else what it hits and why, as a phrase that follows the range's name in a message
 * ("lies in ...", "overlaps ...").
 * - low_phys: the low memory no partition area or memory block may use;
 * - low_virt: the same addresses as virtual ones, where no partition area may be mapped;
 * - device_window: device registers no region, area or memory block may cover. */
const char *platform_low_phys(prtos_u32_t start, prtos_u32_t size);
const char *platform_low_virt(prtos_u32_t start, prtos_u32_t size);
const char *platform_device_window(prtos_u32_t start, prtos_u32_t size);
const char *platform_top_phys(prtos_u32_t start, prtos_u32_t size);

/* The physical ranges the platform keeps, with what they hold, for the memory map of
 * prtoscc --summary. */
struct platform_range {
	prtos_u32_t start, size;
	const char *what;
};
const struct platform_range *platform_kept(unsigned *n);

/* Schedule rule for one slot given the previous slot of its plan (NULL for the first). */
enum sched_verdict {
	SCHED_OK,
	SCHED_TOO_SHORT, /* shorter than CONFIG_MIN_SLOT_US, 0 included */
	SCHED_OUT_OF_ORDER,
	SCHED_OVERLAP,
	SCHED_PAST_FRAME,
};
enum sched_verdict sched_slot_check(prtos_u32_t major_frame, const struct prtos_conf_slot *prev,
				    const struct prtos_conf_slot *cur);
const char *sched_verdict_text(enum sched_verdict v);

/* Plan `plan` of processor `cpu` against processor 0's (`ref`), on a system of several
 * processors: both have it with one major frame, or neither has it (OK). */
enum cpus_plan_verdict {
	CPUS_PLAN_OK,
	CPUS_PLAN_MISSING, /* on processor 0, not on this one */
	CPUS_PLAN_EXTRA,   /* on this processor, not on processor 0 */
	CPUS_PLAN_FRAME,   /* on both, with major frames (neither 0) that differ */
};
enum cpus_plan_verdict cpus_plan_check(const struct prtos_conf_cpu *ref,
				       const struct prtos_conf_cpu *cpu, prtos_u32_t plan);

/* HM matrix: NULL if `action` is allowed for `event` at that level, else the reason. */
const char *hm_action_check(int partition_level, int event, int action);

/* Hardware rules: the name of the hypervisor resource hit, or NULL. */
const char *hw_reserved_ports(prtos_u32_t base, prtos_u32_t num);
const char *hw_reserved_irq(prtos_u32_t line);

void check_memory(struct cc_model *m);
void check_schedule(struct cc_model *m);
void check_cpus(struct cc_model *m);
void check_channels(struct cc_model *m);
void check_hm(struct cc_model *m);
void check_hw(struct cc_model *m);
void check_refs(struct cc_model *m);
/* Lays out the core's pools in the blob; refuses them where the area is too small. */
void check_pools(struct cc_model *m);

#endif
