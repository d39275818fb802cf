/* corrupt_container: this partition's image is damaged on purpose; it must never run. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	printf("[P0] greeting from a damaged image\n");
	printf("[P0] Verification Failed\n");
	prtos_halt_system();
}
