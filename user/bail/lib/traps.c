/* The partition's table of trap handlers and its default handler. */
#include <prtos.h>
#include <irqs.h>
#include <stdio.h>

static trap_handler_t trap_table[BAIL_NUM_TRAPS];

static void default_trap_handler(trap_ctxt_t *ctxt)
{
	printf("[P%d:%d] Unexpected trap 0x%x (ip: 0x%x)\n", (int)PRTOS_PARTITION_SELF,
	       (int)prtos_get_vcpuid(), ctxt->irq_nr, ctxt->ip);
}

prtos_s32_t install_trap_handler(prtos_s32_t vector, trap_handler_t h)
{
	if (vector < 0 || vector >= BAIL_NUM_TRAPS)
		return -1;
	trap_table[vector] = h;
	return 0;
}

void bail_dispatch_trap(trap_ctxt_t *ctxt)
{
	trap_handler_t h = ctxt->irq_nr < BAIL_NUM_TRAPS ? trap_table[ctxt->irq_nr] : NULL;

	(h ? h : default_trap_handler)(ctxt);
}

void hw_cli(void)
{
	prtos_x86_clear_if();
}

void hw_sti(void)
{
	prtos_x86_set_if();
}

prtos_s32_t hw_is_sti(void)
{
	return (prtos_get_pct()->iflags & PRTOS_VIRQ_IF) != 0;
}
