/*
 * attack2_top_area, P0 (normal): its only area lies at physical 0xFFD00000. It says
 * hello, then cold-resets itself once (the core clears its memory and reloads its
 * image through the physical map).
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_part_status_t st;

	prtos_get_partition_status(PRTOS_PARTITION_SELF, &st);
	printf("[Top] running from physical 0xFFD00000, reset counter %u\n", st.reset_counter);
	if (st.reset_counter == 0)
		prtos_reset_partition(PRTOS_PARTITION_SELF, PRTOS_COLD_RESET, 0);
	for (;;)
		prtos_idle_self();
}
