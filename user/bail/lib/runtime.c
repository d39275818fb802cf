/* BAIL start-up: console glue, partition_main, and halting when it returns. */
#include <prtos.h>
#include <stdio.h>
#include "bail_internal.h"

void partition_main(void);
void bail_start(void);
void bail_trap_entry(void);

void bail_console_write(const char *buf, int len)
{
	prtos_write_console((char *)buf, len);
}

void setup_vcpus(void)
{
	/* One vCPU per partition in this release: nothing to start. */
}

void bail_start(void)
{
	prtos_set_trap_entry((prtos_address_t)bail_trap_entry);
	partition_main();
	bail_console_flush();
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}
