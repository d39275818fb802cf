/* Scheduling benchmark, P0: stores the TSC in the shared area until it is preempted,
 * every slot: the last value before a switch is one instruction old at most. */
#include <prtos.h>
#include "bench.h"
#include "sched.h"

void partition_main(void)
{
	bench_spin(&SHARED->spinner_last, &SHARED->stop);
}
