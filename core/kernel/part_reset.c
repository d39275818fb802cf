/*
 * Partition resets. A reset is the core's own operation on the partition: the
 * request is counted at once, and the reload runs in the partition's own
 * context and slots, whoever asked for it and whatever happens to them
 * meanwhile. A partition halted during its reload stays halted, in a clean
 * state; a new request starts the reload again from the beginning.
 */
#include <prtos/core_lock.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/printk.h>
#include <prtos/phys.h>
#include <prtos/arch.h>
#include <prtos/hypercalls.h>

/* Zeroes the partition's own writable memory. */
static void part_clear_memory(const struct partition *p)
{
	prtos_u32_t i;

	for (i = 0; i < p->cfg->num_areas; i++) {
		const struct prtos_conf_area *a = &p->areas[i];

		if (!(a->flags & (PRTOS_MEM_AREA_SHARED | PRTOS_MEM_AREA_READONLY |
				  PRTOS_MEM_AREA_ROM | PRTOS_MEM_AREA_UNMAPPED)))
			phys_set(phys_addr(a->start), 0, a->size);
	}
}

/*
 * Reloads p's image from the core's copy (cold: after clearing its writable
 * memory). This can take longer than a slot, so it runs with interrupts on in
 * p's own context: it is preempted at the end of p's slot and goes on in p's
 * next one. Only p's slots pay for it.
 */
static int part_reload(struct partition *p)
{
	int cold = p->reset_mode == PRTOS_COLD_RESET, err;

	preemption_open();
	printk("[PRTOS] P%u (%s) %s reset (status %u)\n", p->id, p->cfg->name,
	       cold ? "cold" : "warm", p->pct->reset_status);
	if (cold)
		part_clear_memory(p);
	err = part_copy_images(p);
	preemption_close();
	return err;
}

/* The second half of a reset, run by p's own vCPU v: reload, then start at the entry. */
static void part_reset_run(struct vcpu *v)
{
	struct partition *p = v->part;

	if (part_reload(p)) {
		printk("[PRTOS] P%u (%s) halted: its image no longer fits\n", p->id, p->cfg->name);
		part_halt(p);
		schedule(); /* does not come back */
	}
	arch_vcpu_reset(v, p->image->entry);
}

/* A new run: counters, mode, virtual interrupts, timers and the EXEC clock start again. */
static void part_reset_state(struct partition *p, prtos_u32_t mode, prtos_u32_t status)
{
	struct vcpu *v = &p->vcpu;

	p->reset_mode = mode;
	p->pct->reset_counter++;
	p->pct->reset_status = status;
	p->op_mode = mode == PRTOS_COLD_RESET ? PRTOS_OPMODE_COLD_RESET : PRTOS_OPMODE_WARM_RESET;
	virq_init(p);
	p->trap_entry = 0;
	v->hw_timer.expiry = v->exec_timer.expiry = 0;
	v->exec_us = 0;
	v->run_since = arch_now_us();
	v->state = VCPU_READY;
}

int part_reset(struct partition *p, prtos_u32_t mode, prtos_u32_t status)
{
	struct vcpu *v = &p->vcpu;

	if (!p->image || !p->space.pd)
		return -1; /* never loaded: nothing to restart from */
	part_reset_state(p, mode, status);
	if (v == sched_current()) {
		part_reset_run(v);
	} else if (v->cpu != this_cpu_id()) {
		v->restart_pending = 1; /* its own CPU rebuilds the stack (sched.c) */
		sched_kick(v);
	} else {
		part_restart(v);
	}
	return 0;
}

void part_restart(struct vcpu *v)
{
	arch_vcpu_start_call(v, v->part->image->entry, part_reset_run);
}
