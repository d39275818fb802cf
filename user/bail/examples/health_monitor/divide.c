/* health_monitor, P0 and P1: both divide by zero. The XML halts P0 (action
 * PARTITION_HALT); for P1 it says PROPAGATE, and P1's handler skips the
 * 2-byte divide instruction. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

static void divide_error_handler(trap_ctxt_t *ctxt)
{
	printf("[P%d] divide error at ip 0x%x: skipping the instruction\n", PRTOS_PARTITION_SELF,
	       ctxt->ip);
	ctxt->ip += 2; /* divl %ecx is F7 F1 */
}

void partition_main(void)
{
	unsigned int q, zero = 0;

	install_trap_handler(DIVIDE_ERROR, divide_error_handler);
	printf("[P%d] dividing by zero\n", PRTOS_PARTITION_SELF);
	__asm__ volatile("xor %%edx, %%edx\n\tdivl %%ecx" : "=a"(q) : "a"(1), "c"(zero) : "edx");
	printf("[P%d] resumed after the divide error\n", PRTOS_PARTITION_SELF);
}
