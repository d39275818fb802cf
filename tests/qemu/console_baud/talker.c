/* Says one line at the console's new rate, then ends the run. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P0] talking at the XML's rate\n");
	prtos_halt_system();
}
