/*
 * attack_reset_storm, P1 (normal, 8 MiB): on every start it cold-resets itself
 * at once, alternating with warm resets, unless the orchestrator's last reset
 * carried status 77: then it reports and idles.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	partition_control_table_t *pct = prtos_get_pct0();

	if (pct->reset_status == 77) {
		printf("[Victim] alive after the final reset (reset %u)\n", pct->reset_counter);
		for (;;)
			prtos_idle_self();
	}
	prtos_reset_partition(PRTOS_PARTITION_SELF,
			      (pct->reset_counter & 1) ? PRTOS_WARM_RESET : PRTOS_COLD_RESET, 1);
	printf("[Victim] FAIL: my own reset returned\n");
	for (;;)
		prtos_idle_self();
}
