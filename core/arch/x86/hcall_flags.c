/* x86's virtual interrupt flag hypercalls (the arch's list, <prtos/arch_abi.h>). */
#include <prtos/hypercall.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>

/* Pending interrupts are delivered on the way back to the partition. */
prtos_s32_t hcall_x86_set_if(void)
{
	current_pct()->iflags |= PRTOS_VIRQ_IF;
	return PRTOS_OK;
}

prtos_s32_t hcall_x86_clear_if(void)
{
	current_pct()->iflags &= ~PRTOS_VIRQ_IF;
	return PRTOS_OK;
}
