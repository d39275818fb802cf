/*
 * Hardware lines of a partition on the host arch (doc/api.md, "Virtual interrupts and
 * timers"; doc/reference/hypercalls.md): Worker owns lines 3 and 5 (system.xml). Only
 * its own lines move in its mask and pending words; a pending unmasked line is
 * delivered when the core returns to it with the virtual IF set, on vector 32 + n or
 * where prtos_route_irq moved it, before any extended interrupt; a reset puts the
 * lines back as they start.
 */
#include "kfix.h"

#include <string.h>
#include <prtos/virq.h>
#include <prtos/trap.h>

#define N(name) PRTOS_HC_NR(name)
#define LINE_A 3 /* Worker's lines (system.xml) */
#define LINE_B 5
#define OWNED ((1U << LINE_A) | (1U << LINE_B))

static partition_control_table_t *pct;
static struct vcpu *vc;

/* A fresh system, Worker running with a trap entry, its virtual IF clear. */
static int setup(void **state)
{
	(void)state;
	kfix_boot_and_run();
	kfix_run(KF_WORKER);
	pct = partitions[KF_WORKER].vcpus[0].pct;
	vc = &partitions[KF_WORKER].vcpus[0];
	assert_int_equal(HC1(N(set_trap_entry), KF_WORKER_VA + 0x200), PRTOS_OK);
	return 0;
}

/* Sets the virtual IF and returns to Worker from a hypercall; the interrupts delivered. */
static prtos_u32_t return_with_if(void)
{
	prtos_u32_t before = vc->arch.virqs;

	pct->iflags |= PRTOS_VIRQ_IF;
	assert_int_equal(HC0(N(get_vcpuid)), 0);
	return vc->arch.virqs - before;
}

/* Every line starts masked and not pending; only owned lines move. */
static void test_owned_lines_only(void **state)
{
	(void)state;
	assert_int_equal(pct->hw_mask_irqs, 0xFFFFFFFFU);
	assert_int_equal(pct->hw_pend_irqs, 0);
	assert_int_equal(HC2(N(clear_irqmask), 0xFFFFFFFFU, 0), PRTOS_OK);
	assert_int_equal(pct->hw_mask_irqs, ~OWNED);
	assert_int_equal(HC2(N(set_irqmask), 1U << LINE_A | 1U << 4, 0), PRTOS_OK);
	assert_int_equal(pct->hw_mask_irqs, ~(1U << LINE_B));
	assert_int_equal(HC2(N(set_irqpend), 0xFFFFFFFFU, 0), PRTOS_OK);
	assert_int_equal(pct->hw_pend_irqs, OWNED);
	assert_int_equal(HC2(N(clear_irqpend), 1U << LINE_B | 1U << 0, 0), PRTOS_OK);
	assert_int_equal(pct->hw_pend_irqs, 1U << LINE_A);
	/* Super owns no line: its words do not move, whatever it asks. */
	kfix_run(KF_SUPER);
	assert_int_equal(HC2(N(set_irqpend), OWNED, 0), PRTOS_OK);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].pct->hw_pend_irqs, 0);
	assert_int_equal(HC2(N(clear_irqmask), OWNED, 0), PRTOS_OK);
	assert_int_equal(partitions[KF_SUPER].vcpus[0].pct->hw_mask_irqs, 0xFFFFFFFFU);
	assert_int_equal(pct->hw_pend_irqs, 1U << LINE_A); /* nor Worker's */
}

/* Delivery: IF set, unmasked, pending; the default vector 32 + n, the lowest line first. */
static void test_delivery_default_vectors(void **state)
{
	(void)state;
	assert_int_equal(HC2(N(set_irqpend), OWNED, 0), PRTOS_OK);
	assert_int_equal(HC2(N(clear_irqmask), OWNED, 0), PRTOS_OK);
	assert_int_equal(vc->arch.virqs, 0); /* IF clear: nothing yet */
	assert_int_equal(pct->hw_pend_irqs, OWNED);
	assert_int_equal(return_with_if(), 1);
	assert_int_equal(vc->arch.last_virq, VIRQ_HW_VECTOR_BASE + LINE_A);
	assert_int_equal(pct->hw_pend_irqs, 1U << LINE_B); /* its pending bit cleared */
	assert_int_equal(pct->iflags & PRTOS_VIRQ_IF, 0);  /* IF off in the handler */
	assert_int_equal(partitions[KF_WORKER].num_virqs, 1);
	assert_int_equal(return_with_if(), 1);
	assert_int_equal(vc->arch.last_virq, VIRQ_HW_VECTOR_BASE + LINE_B);
	assert_int_equal(pct->hw_pend_irqs, 0);
	assert_int_equal(return_with_if(), 0); /* nothing left */
}

/* A masked line waits, pending, until it is unmasked. */
static void test_masked_line_waits(void **state)
{
	(void)state;
	assert_int_equal(HC2(N(clear_irqmask), 1U << LINE_A, 0), PRTOS_OK);
	assert_int_equal(HC2(N(set_irqpend), 1U << LINE_B, 0), PRTOS_OK);
	assert_int_equal(return_with_if(), 0);
	assert_int_equal(pct->hw_pend_irqs, 1U << LINE_B);
	assert_int_equal(HC2(N(clear_irqmask), 1U << LINE_B, 0), PRTOS_OK); /* IF still set */
	assert_int_equal(vc->arch.virqs, 1);
	assert_int_equal(vc->arch.last_virq, VIRQ_HW_VECTOR_BASE + LINE_B);
	assert_int_equal(pct->hw_pend_irqs, 0);
	/* Masked again, then pended: it waits again. */
	assert_int_equal(HC2(N(set_irqmask), 1U << LINE_B, 0), PRTOS_OK);
	assert_int_equal(HC2(N(set_irqpend), 1U << LINE_B, 0), PRTOS_OK);
	assert_int_equal(return_with_if(), 0);
	assert_int_equal(pct->hw_pend_irqs, 1U << LINE_B);
}

/* Hardware lines go before extended interrupts, whatever their numbers. */
static void test_hardware_first(void **state)
{
	(void)state;
	assert_int_equal(HC2(N(clear_irqmask), 1U << LINE_B, 1U << PRTOS_VT_EXT_HW_TIMER),
			 PRTOS_OK);
	assert_int_equal(HC2(N(set_irqpend), 1U << LINE_B, 1U << PRTOS_VT_EXT_HW_TIMER), PRTOS_OK);
	assert_int_equal(return_with_if(), 1);
	assert_int_equal(vc->arch.last_virq, VIRQ_HW_VECTOR_BASE + LINE_B);
	assert_int_equal(pct->ext_pend_irqs & 1U << PRTOS_VT_EXT_HW_TIMER,
			 1U << PRTOS_VT_EXT_HW_TIMER);
	assert_int_equal(return_with_if(), 1);
	assert_int_equal(vc->arch.last_virq, VIRQ_EXT_VECTOR_BASE + PRTOS_VT_EXT_HW_TIMER);
}

/* prtos_route_irq moves an owned line's vector; a refused call moves nothing. */
static void test_route_hardware_line(void **state)
{
	(void)state;
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, LINE_B, 0x50), PRTOS_OK);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, LINE_A, 0xFF), PRTOS_OK);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, LINE_A, 0x100), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, 4, 0x60), PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, VIRQ_HW_LINES, 0x60),
			 PRTOS_INVALID_PARAM);
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, 32 + LINE_B, 0x60),
			 PRTOS_INVALID_PARAM); /* not line 5 modulo 32 */
	assert_int_equal(HC2(N(clear_irqmask), OWNED, 0), PRTOS_OK);
	assert_int_equal(HC2(N(set_irqpend), OWNED, 0), PRTOS_OK);
	assert_int_equal(return_with_if(), 1);
	assert_int_equal(vc->arch.last_virq, 0xFF);
	assert_int_equal(return_with_if(), 1);
	assert_int_equal(vc->arch.last_virq, 0x50);
	/* Routing one line leaves the other lines and the extended interrupts alone. */
	assert_int_equal(partitions[KF_WORKER].hw_vector[4], VIRQ_HW_VECTOR_BASE + 4);
	assert_int_equal(partitions[KF_WORKER].ext_vector[LINE_B], VIRQ_EXT_VECTOR_BASE + LINE_B);
}

/* A partition reset puts every line back masked, not pending, on its default vector. */
static void test_reset_restores_lines(void **state)
{
	(void)state;
	assert_int_equal(HC3(N(route_irq), PRTOS_HWIRQ_TYPE, LINE_B, 0x50), PRTOS_OK);
	assert_int_equal(HC2(N(clear_irqmask), OWNED, 0), PRTOS_OK);
	assert_int_equal(HC2(N(set_irqpend), 1U << LINE_A, 0), PRTOS_OK);
	kfix_run(KF_SUPER);
	assert_int_equal(HC3(N(reset_partition), KF_WORKER, PRTOS_WARM_RESET, 0), PRTOS_OK);
	assert_int_equal(pct->hw_mask_irqs, 0xFFFFFFFFU);
	assert_int_equal(pct->hw_pend_irqs, 0);
	assert_int_equal(partitions[KF_WORKER].hw_vector[LINE_B], VIRQ_HW_VECTOR_BASE + LINE_B);
}

/* An interrupt taken while the core itself runs delivers nothing: the core returns to
 * itself; the same interrupt taken in the partition delivers the pending line. */
static void test_interrupt_in_core(void **state)
{
	struct trap t = {.kind = TRAP_IRQ, .from_partition = 0, .cause = 39};

	(void)state;
	assert_int_equal(HC2(N(set_irqpend), 1U << LINE_A, 0), PRTOS_OK);
	assert_int_equal(HC2(N(clear_irqmask), 1U << LINE_A, 0), PRTOS_OK);
	pct->iflags |= PRTOS_VIRQ_IF; /* as prtos_x86_set_if would, without a return yet */
	trap_handle(&t);
	assert_int_equal(vc->arch.virqs, 0);
	assert_int_equal(pct->hw_pend_irqs, 1U << LINE_A);
	t.from_partition = 1;
	trap_handle(&t);
	assert_int_equal(vc->arch.virqs, 1);
	assert_int_equal(vc->arch.last_virq, VIRQ_HW_VECTOR_BASE + LINE_A);
}

/* No room on the stack for a hardware line's context: Worker's MEM_PROTECTION (suspend). */
static void test_no_room_for_line(void **state)
{
	(void)state;
	assert_int_equal(HC2(N(clear_irqmask), 1U << LINE_A, 0), PRTOS_OK);
	assert_int_equal(HC2(N(set_irqpend), 1U << LINE_A, 0), PRTOS_OK);
	host.virq_fails = 1;
	pct->iflags |= PRTOS_VIRQ_IF;
	assert_int_equal(HC0(N(get_vcpuid)), 0);
	host.virq_fails = 0;
	assert_int_equal(vc->state, VCPU_SUSPENDED);
	assert_int_equal(vc->arch.virqs, 0);
	assert_int_not_equal(kfix_current(), KF_WORKER);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_owned_lines_only, setup),
		cmocka_unit_test_setup(test_delivery_default_vectors, setup),
		cmocka_unit_test_setup(test_masked_line_waits, setup),
		cmocka_unit_test_setup(test_hardware_first, setup),
		cmocka_unit_test_setup(test_route_hardware_line, setup),
		cmocka_unit_test_setup(test_reset_restores_lines, setup),
		cmocka_unit_test_setup(test_interrupt_in_core, setup),
		cmocka_unit_test_setup(test_no_room_for_line, setup),
	};

	return cmocka_run_group_tests_name("kernel_virq", tests, NULL, NULL);
}
