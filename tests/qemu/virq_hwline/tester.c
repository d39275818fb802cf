/* virq_hwline: the partition's own hardware lines (3 and 5, see the XML) as virtual
 * interrupts on x86, with the behaviour doc/api.md documents: delivered once the line
 * is pending, unmasked and the virtual IF set, on vector 32 + n or where
 * prtos_route_irq moved it, lowest line first and before any extended interrupt, with
 * the interrupted context pushed (the handler's iret resumes it with IF set again). */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include <irqs.h>

#define EXT(e) (1U << (e))
#define LINE_A 3
#define LINE_B 5
#define ROUTED 0x70

static int failures;
static volatile int hits[256];
static volatile int order[8], num_order;

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static void handler(trap_ctxt_t *ctxt)
{
	int v = ctxt->irq_nr & 0xFF;

	hits[v]++;
	if (num_order < 8)
		order[num_order++] = v;
}

static void test_default_vector(void)
{
	partition_control_table_t *pct = prtos_get_pct();

	hw_cli();
	prtos_set_irqpend(1U << LINE_A, 0);
	prtos_clear_irqmask(1U << LINE_A, 0);
	check(hits[32 + LINE_A] == 0 && pct->hw_pend_irqs == 1U << LINE_A,
	      "a pending line waits while IF is clear");
	hw_sti();
	check(hits[32 + LINE_A] == 1, "line 3 arrives on vector 35 once IF is set");
	check(pct->hw_pend_irqs == 0, "its pending bit is cleared");
	check(hw_is_sti(), "the handler's iret resumes with IF set");
	prtos_set_irqpend(1U << LINE_A, 0);
	check(hits[32 + LINE_A] == 2, "pended again, it arrives again");
}

static void test_masked_waits(void)
{
	prtos_set_irqmask(1U << LINE_A, 0);
	prtos_set_irqpend(1U << LINE_A, 0);
	check(hits[32 + LINE_A] == 2, "a masked line waits");
	prtos_clear_irqmask(1U << LINE_A, 0);
	check(hits[32 + LINE_A] == 3, "unmasking delivers it");
}

static void test_order(void)
{
	int v = BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0);

	install_trap_handler(v, handler);
	hw_cli();
	prtos_clear_irqmask(1U << LINE_B, EXT(PRTOS_VT_EXT_IPVI0));
	prtos_set_irqpend(1U << LINE_A | 1U << LINE_B, EXT(PRTOS_VT_EXT_IPVI0));
	num_order = 0;
	hw_sti();
	printf("[P0] delivered in order: %d %d %d\n", order[0], order[1], order[2]);
	check(num_order == 3 && order[0] == 32 + LINE_A && order[1] == 32 + LINE_B && order[2] == v,
	      "hardware lines first, lowest first, then the extended interrupt");
}

static void test_routed(void)
{
	check(prtos_route_irq(PRTOS_HWIRQ_TYPE, LINE_A, ROUTED) == PRTOS_OK, "line 3 routed");
	check(prtos_route_irq(PRTOS_HWIRQ_TYPE, 4, ROUTED) == PRTOS_INVALID_PARAM,
	      "a line not owned is refused");
	check(prtos_route_irq(PRTOS_HWIRQ_TYPE, LINE_A, 256) == PRTOS_INVALID_PARAM,
	      "vector 256 refused");
	prtos_set_irqpend(1U << LINE_A, 0);
	check(hits[ROUTED] == 1 && hits[32 + LINE_A] == 4, "line 3 now arrives on its new vector");
	prtos_set_irqpend(1U << LINE_B, 0);
	check(hits[32 + LINE_B] == 2, "line 5 keeps its own");
}

void partition_main(void)
{
	install_trap_handler(32 + LINE_A, handler);
	install_trap_handler(32 + LINE_B, handler);
	install_trap_handler(ROUTED, handler);
	test_default_vector();
	test_masked_waits();
	test_order();
	test_routed();
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
