/* Shared by several scenarios: a partition that says it runs ("[<its XML name>]
 * running"), then gives every slot back at once, forever. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[%s] running\n", prtos_get_pct0()->name);
	for (;;)
		prtos_idle_self();
}
