/* attack4_abi_words, P1 (normal): the caller's only IPVI destination. Counts the
 * IPVIs it receives, by number. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

static volatile int count[8];

static void on_ipvi(trap_ctxt_t *c)
{
	count[c->irq_nr - BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0)]++;
}

void partition_main(void)
{
	int i, others = 0;

	for (i = 0; i < 8; i++)
		install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0 + i), on_ipvi);
	prtos_clear_irqmask(0, 0xFFU << PRTOS_VT_EXT_IPVI0);
	hw_sti();
	for (i = 0; i < 60; i++)
		prtos_idle_self();
	for (i = 1; i < 8; i++)
		others += count[i];
	printf("[Sink] received %d IPVI0, %d others\n", count[0], others);
	for (;;)
		prtos_idle_self();
}
