/* attack3_tiny_frame, P0 (system): says it runs and halts the system. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[One] running\n");
	prtos_halt_system();
}
