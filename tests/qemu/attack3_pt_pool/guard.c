/* attack3_pt_pool, P1 (normal): says it runs, then idles. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[Guard] running\n");
	for (;;)
		prtos_idle_self();
}
