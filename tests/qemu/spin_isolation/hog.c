/* spin_isolation, P0: masks every virtual interrupt and spins forever. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>

void partition_main(void)
{
	printf("[P0] spinning with virtual interrupts off\n");
	hw_cli();
	for (;;)
		;
}
