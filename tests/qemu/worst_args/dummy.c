/* worst_args, P2 (normal): the target of the heavy partition's management calls. */
#include <prtos.h>

void partition_main(void)
{
	for (;;)
		prtos_idle_self();
}
