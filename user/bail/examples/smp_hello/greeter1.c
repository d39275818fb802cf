/* smp_hello, P1 on processor 1: greets in three major frames, then halts itself. */
#include <prtos.h>
#include <stdio.h>

#define GREETINGS 3

void partition_main(void)
{
	prtos_time_t now;
	int i;

	for (i = 0; i < GREETINGS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &now);
		printf("[P1] Hello from processor 1 (greeting %d, at %llu us)\n", i + 1,
		       (unsigned long long)now);
		prtos_idle_self(); /* until the next slot: the next major frame */
	}
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}
