/*
 * attack_name_spoof, P0 (normal): its XML name is "R\nPRTOS PANIC:", which
 * prtoscc accepts. Its console output is escaped, but the core prints its name
 * as it is in the core's own lines: halting itself makes the core print a line
 * that starts with "PRTOS PANIC:".
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[Rogue] halting myself\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}
