/*
 * The only partition, a normal one: prtos_halt_system() is refused, and the
 * refusal has a name. Then partition_main returns and BAIL halts the partition:
 * with nothing left to run, the core must say so on the console.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_s32_t ret = prtos_halt_system();

	printf("[P0] prtos_halt_system: %d %s\n", ret, prtos_strerror(ret));
	ret = prtos_halt_partition(99);
	printf("[P0] prtos_halt_partition(99): %d %s\n", ret, prtos_strerror(ret));
	printf("[P0] returning from partition_main\n");
}
