/*
 * attack_name_spoof, P0 (normal): its name is "R\nPRTOS PANIC:" (in a
 * configuration forged after prtoscc, which refuses it). Its console output is
 * escaped, but the core prints its name in the core's own lines: halting
 * itself would make the core print a line that starts with "PRTOS PANIC:".
 * The core must refuse the configuration.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[Rogue] halting myself\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}
