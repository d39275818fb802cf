/* jitter benchmark: a partition that gives its slots back at once. */
#include <prtos.h>

void partition_main(void)
{
	for (;;)
		prtos_idle_self();
}
