/*
 * What the core does about each entry: the arch decoded it (struct trap), this
 * file decides, and calls back into the arch only to act (virq.c and the HM
 * enter the partition's trap handler, reset vCPUs and stop the machine).
 */
#include <prtos/trap.h>
#include <prtos/core_lock.h>
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/stats.h>
#include <prtos/tracing.h>
#include <prtos/virq.h>

/* On the way back to a partition: a pending virtual interrupt, if it can take one now. */
static inline void virq_on_return(void)
{
	struct vcpu *v = sched_current(); /* the idle context if the caller has stopped */

	if (v->part && virq_deliverable(v))
		virq_deliver();
}

/* With SMP: the caller stopped by another processor while it waited for the core lock
 * does not act (an idle_self would even undo a halt). Inline: every hypercall pays it. */
static inline void stopped_meanwhile(void)
{
#ifdef CONFIG_SMP
	if (vcpu_stopped(sched_current()))
		schedule();
#endif
}

void trap_hypercall(prtos_u32_t nr, const prtos_word_t *args, prtos_word_t *ret)
{
	stopped_meanwhile();
	*ret = (prtos_word_t)hypercall_dispatch(nr, args);
	virq_on_return();
}

void trap_timer(prtos_u32_t cause, int from_partition)
{
	this_cpu()->irqs++;
	trace_hyp(PRTOS_TRACE_HYP_IRQ, PRTOS_TRACE_CODE_IRQ, cause, 0);
	sched_timer_irq();
	if (from_partition)
		virq_on_return();
}

/*
 * An exception: of the running partition, an HM event of its own; of the core,
 * a broken invariant. Out of line, so that the hypercall and timer paths stay short.
 */
static __attribute__((noinline)) void trap_fault(const struct trap *t)
{
	if (!t->from_partition)
		hm_raise_hypervisor(t->hm_event, &t->where);
	sched_stopped_meanwhile(); /* its HM action must not undo a halt made meanwhile */
	if (!hm_raise(sched_current()->part, t->hm_event, &t->where))
		schedule(); /* the vCPU was stopped: run something else */
}

void trap_handle(struct trap *t)
{
	if (t->kind == TRAP_HYPERCALL) {
		trap_hypercall(t->hcall_nr, t->hcall_args, t->hcall_ret);
		return;
	}
	if (t->kind == TRAP_TIMER) {
		trap_timer(t->cause, t->from_partition);
		return;
	}
	if (t->kind == TRAP_FAULT)
		trap_fault(t);
	/* TRAP_IRQ: the line stays masked, or it was spurious */
	if (t->from_partition)
		virq_on_return();
}
