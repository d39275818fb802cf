/*
 * Boot benchmark, on helloworld's configuration: the TSC at the first
 * statement of partition_main. Under QEMU -icount the TSC counts from reset,
 * so this is the whole boot: the firmware (which the bare kernel measures on
 * its own), the resident loader, the core, and BAIL's start-up.
 */
#include <prtos.h>
#include "bench.h"

void partition_main(void)
{
	uint64_t t = bench_rdtsc();

	bench_report_value("boot", t);
	bench_puts("bench: done\n");
	prtos_halt_system();
}
