/* config_other_core: the configuration was built for another core; this must never run. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P0] greeting under a foreign configuration\n");
	printf("[P0] Verification Failed\n");
	prtos_halt_system();
}
