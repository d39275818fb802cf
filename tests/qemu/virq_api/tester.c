/* virq_api: masks, pending bits, the virtual IF, routing, iret sanitising and
 * set_timer's argument checks, each with the result the API documents. */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include <irqs.h>

#define EXT(e) (1U << (e))
#define UNMAPPED 0x20000000U

static int failures;
static volatile int hits[256];
static volatile unsigned int seen_cs, seen_flags;

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static void count_handler(trap_ctxt_t *ctxt)
{
	hits[ctxt->irq_nr & 0xFF]++;
}

/* Tries to return to ring 0 with IOPL 3: the core must refuse both. */
static void evil_handler(trap_ctxt_t *ctxt)
{
	hits[ctxt->irq_nr & 0xFF]++;
	ctxt->cs = 0x08;
	ctxt->flags |= 0x3000;
}

static unsigned int read_cs(void)
{
	unsigned int cs;

	__asm__ volatile("mov %%cs, %0" : "=r"(cs));
	return cs;
}

static unsigned int read_flags(void)
{
	unsigned int f;

	__asm__ volatile("pushf; pop %0" : "=r"(f));
	return f;
}

/* x86_iret with the stack pointer in unmapped memory: refused, nothing happens. */
static int iret_with_bad_stack(void)
{
	int r;

	__asm__ volatile("mov %%esp, %%edi\n\t"
			 "mov %2, %%esp\n\t"
			 "int $0x82\n\t"
			 "mov %%edi, %%esp"
			 : "=a"(r)
			 : "a"(PRTOS_HCALL_NR_X86_IRET), "r"(UNMAPPED)
			 : "edi", "memory");
	return r;
}

static void test_masks_and_if(void)
{
	int v = BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0);

	install_trap_handler(v, count_handler);
	check(!hw_is_sti(), "virtual IF starts clear");
	prtos_set_irqpend(0, EXT(PRTOS_VT_EXT_IPVI0));
	hw_sti();
	check(hits[v] == 0, "a masked pending interrupt is not delivered");
	prtos_clear_irqmask(0, EXT(PRTOS_VT_EXT_IPVI0));
	check(hits[v] == 1, "unmasking delivers it once");
	hw_cli();
	prtos_set_irqpend(0, EXT(PRTOS_VT_EXT_IPVI0));
	check(hits[v] == 1 && !hw_is_sti(), "virtual IF clear holds it back");
	prtos_clear_irqpend(0, EXT(PRTOS_VT_EXT_IPVI0));
	hw_sti();
	check(hits[v] == 1, "a cleared pending bit is gone");
	prtos_set_irqmask(0, EXT(PRTOS_VT_EXT_IPVI0));
	prtos_set_irqpend(0, EXT(PRTOS_VT_EXT_IPVI0));
	check(hits[v] == 1, "masking again holds it back");
	prtos_clear_irqpend(0, EXT(PRTOS_VT_EXT_IPVI0));
	check((prtos_get_pct()->ext_pend_irqs & EXT(PRTOS_VT_EXT_IPVI0)) == 0,
	      "control table shows it");
}

static void test_route_and_iret(void)
{
	check(prtos_route_irq(PRTOS_EXTIRQ_TYPE, PRTOS_VT_EXT_IPVI1, 200) == PRTOS_OK,
	      "route to 200");
	check(prtos_route_irq(PRTOS_EXTIRQ_TYPE, 32, 200) == PRTOS_INVALID_PARAM,
	      "route irq 32 refused");
	check(prtos_route_irq(PRTOS_EXTIRQ_TYPE, 1, 300) == PRTOS_INVALID_PARAM,
	      "vector 300 refused");
	check(prtos_route_irq(PRTOS_TRAP_TYPE, 0, 100) == PRTOS_INVALID_PARAM,
	      "trap routing refused");
	check(prtos_route_irq(PRTOS_HWIRQ_TYPE, 5, 100) == PRTOS_INVALID_PARAM,
	      "unowned line refused");
	install_trap_handler(200, evil_handler);
	prtos_clear_irqmask(0, EXT(PRTOS_VT_EXT_IPVI1));
	prtos_set_irqpend(0, EXT(PRTOS_VT_EXT_IPVI1));
	check(hits[200] == 1, "routed interrupt arrives on vector 200");
	check(read_cs() == PRTOS_USER_CS, "iret cannot return to ring 0");
	check((read_flags() & 0x3000) == 0, "iret cannot raise IOPL");
	check(iret_with_bad_stack() == PRTOS_INVALID_PARAM, "iret from unmapped stack refused");
	check(prtos_set_trap_entry(UNMAPPED) == PRTOS_INVALID_PARAM,
	      "trap entry outside memory refused");
}

static void test_timer_arguments(void)
{
	int v = BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER);
	prtos_time_t now;
	int i;

	install_trap_handler(v, count_handler);
	prtos_clear_irqmask(0, EXT(PRTOS_VT_EXT_HW_TIMER));
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	check(prtos_set_timer(2, now + 1000, 0) == PRTOS_INVALID_PARAM, "unknown clock refused");
	check(prtos_set_timer(PRTOS_HW_CLOCK, now + 1000, 49) == PRTOS_INVALID_PARAM,
	      "interval below 50 us refused");
	check(prtos_set_timer(PRTOS_HW_CLOCK, -5, 0) == PRTOS_INVALID_PARAM,
	      "negative time refused");
	check(prtos_set_timer(PRTOS_HW_CLOCK, now + 1000, -100) == PRTOS_INVALID_PARAM,
	      "negative interval refused");
	check(prtos_set_timer(PRTOS_HW_CLOCK, now + 500, 0) == PRTOS_OK, "one-shot armed");
	for (i = 0; i < 5; i++)
		prtos_idle_self();
	check(hits[v] == 1, "a one-shot timer fires once");
	check(prtos_set_timer(PRTOS_HW_CLOCK, now + 20000, 0) == PRTOS_OK, "armed again");
	check(prtos_set_timer(PRTOS_HW_CLOCK, 0, 0) == PRTOS_OK, "disarmed");
	for (i = 0; i < 30; i++)
		prtos_idle_self();
	check(hits[v] == 1, "a disarmed timer stays quiet");
}

void partition_main(void)
{
	test_masks_and_if();
	test_route_and_iret();
	test_timer_arguments();
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
