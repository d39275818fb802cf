/* Virtual-interrupt hypercalls: masks and pending bits (the caller vCPU's), routing and trap
 * entry (its partition's). */
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/virq.h>
#include <prtos/guest.h>

/* Hardware lines a partition does not own are left alone. */
static prtos_u32_t owned_lines(const struct partition *p, prtos_u32_t hw_mask)
{
	return hw_mask & p->cfg->hw_irqs;
}

prtos_s32_t hcall_set_irqmask(prtos_u32_t hw_mask, prtos_u32_t ext_mask)
{
	struct partition *p = current_part();
	partition_control_table_t *pct = current_pct();

	pct->hw_mask_irqs |= owned_lines(p, hw_mask);
	pct->ext_mask_irqs |= ext_mask;
	return PRTOS_OK;
}

prtos_s32_t hcall_clear_irqmask(prtos_u32_t hw_mask, prtos_u32_t ext_mask)
{
	struct partition *p = current_part();
	partition_control_table_t *pct = current_pct();

	pct->hw_mask_irqs &= ~owned_lines(p, hw_mask);
	pct->ext_mask_irqs &= ~ext_mask;
	return PRTOS_OK;
}

prtos_s32_t hcall_set_irqpend(prtos_u32_t hw_mask, prtos_u32_t ext_mask)
{
	struct partition *p = current_part();
	partition_control_table_t *pct = current_pct();

	(void)virq_pend_set(&pct->hw_pend_irqs, owned_lines(p, hw_mask));
	(void)virq_pend_set(&pct->ext_pend_irqs, ext_mask);
	return PRTOS_OK;
}

prtos_s32_t hcall_clear_irqpend(prtos_u32_t hw_mask, prtos_u32_t ext_mask)
{
	struct partition *p = current_part();
	partition_control_table_t *pct = current_pct();

	virq_pend_clear(&pct->hw_pend_irqs, owned_lines(p, hw_mask));
	virq_pend_clear(&pct->ext_pend_irqs, ext_mask);
	return PRTOS_OK;
}

prtos_s32_t hcall_route_irq(prtos_u32_t type, prtos_u32_t irq, prtos_u16_t vector)
{
	struct partition *p = current_part();

	if (vector > 0xFF)
		return PRTOS_INVALID_PARAM;
	switch (type) {
	case PRTOS_EXTIRQ_TYPE:
		if (irq >= PRTOS_VT_EXT_MAX)
			return PRTOS_INVALID_PARAM;
		p->ext_vector[irq] = vector;
		return PRTOS_OK;
	case PRTOS_HWIRQ_TYPE:
		if (irq >= VIRQ_HW_LINES || !owned_lines(p, 1U << irq))
			return PRTOS_INVALID_PARAM;
		p->hw_vector[irq] = vector;
		return PRTOS_OK;
	default:
		/* Exceptions always arrive on their own vector (see doc/api.md). */
		return PRTOS_INVALID_PARAM;
	}
}

prtos_s32_t hcall_set_trap_entry(prtos_address_t entry)
{
	struct partition *p = current_part();

	if (!guest_check(p, guest_addr(entry), 1, GUEST_READ))
		return PRTOS_INVALID_PARAM;
	p->trap_entry = entry;
	return PRTOS_OK;
}
