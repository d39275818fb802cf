/*
 * Virtual interrupts: pending/mask words and the virtual IF in the control
 * table, and the policy of their delivery (the arch only enters the handler).
 */
#include <prtos/virq.h>
#include <prtos/arch.h>
#include <prtos/hm.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/core_lock.h>

void virq_init(struct vcpu *v)
{
	partition_control_table_t *pct = v->pct;

	pct->iflags = 0;
	pct->hw_pend_irqs = 0;
	pct->ext_pend_irqs = 0;
	pct->hw_mask_irqs = 0xFFFFFFFFU;
	pct->ext_mask_irqs = 0xFFFFFFFFU;
}

void virq_init_vectors(struct partition *p)
{
	prtos_u32_t i;

	for (i = 0; i < VIRQ_HW_LINES; i++)
		p->hw_vector[i] = VIRQ_HW_VECTOR_BASE + i;
	for (i = 0; i < PRTOS_VT_EXT_MAX; i++)
		p->ext_vector[i] = VIRQ_EXT_VECTOR_BASE + i;
}

/*
 * One kick per interrupt that becomes pending: while it is, v's processor already
 * looks (or v does not run, and sees it at its switch-in). So a flood of IPVIs costs
 * the target's processor at most one IPI per interrupt its vCPU takes.
 */
void virq_raise_vcpu(struct vcpu *v, prtos_u32_t ext)
{
	if (virq_pend_set(&v->pct->ext_pend_irqs, 1U << ext))
		sched_kick(v);
}

void virq_raise(struct partition *p, prtos_u32_t ext)
{
	virq_raise_vcpu(&p->vcpus[0], ext);
}

static prtos_u32_t lowest_bit(prtos_u32_t word)
{
	return (prtos_u32_t)__builtin_ctz(word);
}

/*
 * If v's virtual IF is set and an unmasked interrupt is pending, takes the
 * lowest one (hardware lines first), clears IF and returns 1 with its vector.
 */
static int virq_take(struct vcpu *v, prtos_u32_t *vector)
{
	struct partition *p = v->part;
	partition_control_table_t *pct = v->pct;
	prtos_u32_t hw, ext, n;

	if (!virq_deliverable(v))
		return 0;
	hw = pct->hw_pend_irqs & ~pct->hw_mask_irqs;
	ext = pct->ext_pend_irqs & ~pct->ext_mask_irqs;
	if (hw) {
		n = lowest_bit(hw);
		virq_pend_clear(&pct->hw_pend_irqs, 1U << n);
		*vector = p->hw_vector[n];
	} else {
		n = lowest_bit(ext);
		virq_pend_clear(&pct->ext_pend_irqs, 1U << n);
		*vector = p->ext_vector[n];
	}
	pct->iflags &= ~PRTOS_VIRQ_IF;
	p->num_virqs++;
	return 1;
}

void virq_deliver(void)
{
	struct vcpu *v = sched_current();
	struct hm_cpu_ctxt where; /* set by arch_deliver_virq() when it fails */
	prtos_u32_t vector;

	if (!v->part || !virq_take(v, &vector))
		return;
	v->pct->iflags |= PRTOS_VIRQ_IF; /* taken with IF set: keep that in the context */
	if (arch_deliver_virq(v, vector, &where) == 0)
		return;
	/* No room for the interrupted context: a memory-protection event of the partition. */
	core_lock(); /* the health monitor's (a no-op if this CPU holds it) */
	if (!hm_raise(v->part, PRTOS_HM_EV_MEM_PROTECTION, &where))
		schedule();
}
