/*
 * What the core does about each entry: the arch decoded it (struct trap), this
 * file decides, and calls back into the arch only to act (enter the partition's
 * trap handler; the HM also resets vCPUs and stops the machine).
 */
#include <prtos/trap.h>
#include <prtos/arch.h>
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/stats.h>
#include <prtos/tracing.h>
#include <prtos/virq.h>

static void trap_hypercall(struct trap *t)
{
	prtos_u32_t nr = t->hcall_nr;
	const prtos_word_t *args = t->hcall_args;

	*t->hcall_ret = (prtos_word_t)hypercall_dispatch(nr, args);
}

static void trap_timer(const struct trap *t)
{
	stats.irqs++;
	trace_hyp(PRTOS_TRACE_HYP_IRQ, 1, t->cause, 0);
	sched_timer_irq();
}

/* An exception of the running partition: an HM event of its own. */
static void trap_partition_fault(const struct trap *t)
{
	if (!hm_raise(sched_current()->part, t->hm_event, &t->where))
		schedule(); /* the vCPU was stopped: run something else */
}

/*
 * On the way back to a partition: enters its trap handler with its lowest
 * deliverable virtual interrupt, if any. An interrupted context that its stack
 * has no room for is a memory-protection event of its own.
 */
static void trap_deliver_virq(void)
{
	struct vcpu *v = sched_current();
	struct hm_cpu_ctxt where = {0};
	prtos_u32_t vector;

	if (!v->part || !virq_take(v, &vector))
		return;
	v->part->pct->iflags |= PRTOS_VIRQ_IF; /* taken with IF set: keep that in the context */
	if (arch_deliver_virq(v, vector, &where) == 0)
		return;
	if (!hm_raise(v->part, PRTOS_HM_EV_MEM_PROTECTION, &where))
		schedule();
}

void trap_handle(struct trap *t)
{
	switch (t->kind) {
	case TRAP_HYPERCALL:
		trap_hypercall(t);
		break;
	case TRAP_TIMER:
		trap_timer(t);
		break;
	case TRAP_IRQ:
		break;
	case TRAP_FAULT:
		if (!t->from_partition) /* a broken invariant of the core */
			hm_raise_hypervisor(t->hm_event, &t->where);
		trap_partition_fault(t);
		break;
	}
	if (t->from_partition)
		trap_deliver_virq();
}
