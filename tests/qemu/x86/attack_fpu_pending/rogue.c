/*
 * attack_fpu_pending, P0 (normal, fp): unmasks the x87 divide-by-zero exception
 * and divides by zero, so that the exception is pending (FSW.ES) until the next
 * waiting x87 instruction. It then makes the core touch the x87 unit while that
 * state is live: a cold reset of itself (arch_vcpu_reset runs frstor in ring 0),
 * and, after the reset, the same with the state saved across a slot switch.
 */
#include <prtos.h>
#include <stdio.h>

static void make_pending(void)
{
	prtos_u16_t cw = 0x037B; /* all masked but ZE */

	__asm__ volatile("fninit\n\tfldcw %0\n\tfld1\n\tfldz\n\tfdivrp %%st, %%st(1)" : : "m"(cw));
}

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct0();
	prtos_u16_t sw;

	if (pct->reset_counter == 0) {
		make_pending();
		__asm__ volatile("fnstsw %0" : "=m"(sw));
		printf("[Rogue] x87 status 0x%x (ES pending); resetting myself\n", sw);
		prtos_reset_partition(PRTOS_PARTITION_SELF, PRTOS_COLD_RESET, 0);
		printf("[Rogue] FAIL: reset returned\n");
	}
	__asm__ volatile("fnstsw %0" : "=m"(sw));
	printf("[Rogue] after reset %u: x87 status 0x%x\n", pct->reset_counter, sw);
	make_pending();
	printf("[Rogue] pending again; idling across slot switches\n");
	for (;;)
		prtos_idle_self();
}
