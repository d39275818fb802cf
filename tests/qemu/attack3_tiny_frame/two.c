/* attack3_tiny_frame, P1 (normal): says it runs, then idles. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[Two] running\n");
	for (;;)
		prtos_idle_self();
}
