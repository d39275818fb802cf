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
#include <prtos/boot.h>
#include <prtos/percpu.h>

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
 * Whether another vCPU of p is still the running one of its CPU (halted by the reset,
 * and sent the IPI that switches it out): its writes must not reach the reload.
 */
static int sibling_running(const struct partition *p)
{
	const struct vcpu *r;
	prtos_u32_t cpu;

	for (cpu = 0; cpu < prtos_conf->num_cpus; cpu++) {
		r = percpu[cpu].running;
		if (r && r->part == p && r != sched_current())
			return 1;
	}
	return 0;
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

	while (sibling_running(p))
		preemption_point(); /* halted and told: their CPUs switch them out */
	preemption_open();
	printk("[PRTOS] P%u (%s) %s reset (status %u)\n", p->id, p->cfg->name,
	       cold ? "cold" : "warm", p->vcpus[0].pct->reset_status);
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

void vcpu_reset_state(struct vcpu *v, prtos_u32_t status)
{
	vcpu_lock(v);
	v->pct->reset_counter++;
	v->pct->reset_status = status;
	virq_init(v);
	v->hw_timer.expiry = v->exec_timer.expiry = 0;
	v->exec_us = 0;
	v->run_since = arch_now_us();
	v->state = VCPU_HALTED;
	vcpu_unlock(v);
	sched_kick(v); /* a sibling running on another CPU stops now */
}

/* A new run: mode, trap entry and routing; every vCPU halted until started again (vCPU 0
 * by part_reset() itself). */
static void part_reset_state(struct partition *p, prtos_u32_t mode, prtos_u32_t status)
{
	prtos_u32_t n;

	p->reset_mode = mode;
	p->op_mode = mode == PRTOS_COLD_RESET ? PRTOS_OPMODE_COLD_RESET : PRTOS_OPMODE_WARM_RESET;
	p->trap_entry = 0;
	virq_init_vectors(p);
	for (n = 0; n < p->cfg->num_vcpus; n++)
		vcpu_reset_state(&p->vcpus[n], status);
}

int part_reset(struct partition *p, prtos_u32_t mode, prtos_u32_t status)
{
	struct vcpu *v0 = &p->vcpus[0];

	if (!p->image || !p->space.pd)
		return -1; /* never loaded: nothing to restart from */
	part_reset_state(p, mode, status);
	if (v0 == sched_current()) {
		vcpu_lock(v0);
		v0->start_pending = 0; /* an earlier request from elsewhere: this one covers it */
		v0->state = VCPU_READY;
		vcpu_unlock(v0);
		part_reset_run(v0);
	} else
		vcpu_start_later(v0, p->image->entry, part_reset_run); /* its CPU rebuilds it */
	return 0;
}
