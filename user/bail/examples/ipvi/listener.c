/* ipvi, P1 (system): its IPVI2 handler reads the value P0 posted and prints it. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "mailbox.h"

static volatile unsigned int rounds, wrong;

static void ipvi_handler(trap_ctxt_t *ctxt)
{
	unsigned int seq = MAILBOX->seq, value = MAILBOX->value;

	(void)ctxt;
	rounds++;
	printf("[P1] IPVI %d: round %d, value %d\n", ctxt->irq_nr - BAIL_PRTOSEXT_TRAP(0), seq,
	       value);
	if (seq != rounds || value != VALUE(seq))
		wrong = 1;
}

void partition_main(void)
{
	int i;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(IPVI_NO), ipvi_handler);
	prtos_clear_irqmask(0, 1 << IPVI_NO);
	hw_sti();
	while (rounds < ROUNDS)
		prtos_idle_self();
	for (i = 0; i < 3; i++)
		prtos_idle_self(); /* nothing more may arrive */
	printf(rounds == ROUNDS && !wrong ? "[P1] Verification Passed\n"
					  : "[P1] Verification Failed\n");
	prtos_halt_system();
}
