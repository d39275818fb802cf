/* BAIL start-up: console glue, partition_main, and halting when it returns. */
#include <prtos.h>
#include <stdio.h>
#include "bail_internal.h"

void partition_main(void);
void bail_start(void);
void bail_start_vcpu(void);
void bail_trap_entry(void);
void start(void);

#if BAIL_MAX_VCPUS > 1
extern char bail_vcpu_stacks[];

unsigned int bail_vcpu_index(void)
{
	unsigned long sp = (unsigned long)__builtin_frame_address(0);
	unsigned long base = (unsigned long)bail_vcpu_stacks;

	if (sp <= base || sp > base + (BAIL_MAX_VCPUS - 1) * CONFIG_PARTITION_STACK_SIZE)
		return 0;
	return (unsigned int)((sp - base - 1) / CONFIG_PARTITION_STACK_SIZE) + 1;
}
#endif

/* start.S's copy of get_vcpuid's number, against the one list. */
#define BAIL_NR_OF(nr, name, ret, n, params) BAIL_NR_##name = nr,
enum { PRTOS_HYPERCALL_LIST(BAIL_NR_OF) };
_Static_assert(BAIL_NR_get_vcpuid == BAIL_HC_GET_VCPUID, "start.S's get_vcpuid number");

void bail_console_write(const char *buf, int len)
{
	prtos_write_console((char *)buf, len);
}

/* vCPU 0 starts vCPUs 1..n-1 at start (each takes its own stack there); a no-op elsewhere. */
void setup_vcpus(void)
{
	prtos_u32_t v, n = prtos_get_number_vcpus();

	if (prtos_get_vcpuid() != 0)
		return;
	for (v = 1; v < n; v++)
		prtos_reset_vcpu(v, 0, (prtos_address_t)start, 0);
}

void bail_start(void)
{
	prtos_set_trap_entry((prtos_address_t)bail_trap_entry);
	partition_main();
	bail_console_flush();
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}

/* vCPUs 1..n-1: partition_main too; one that returns halts itself, the others go on. */
void bail_start_vcpu(void)
{
	partition_main();
	bail_console_flush();
	prtos_halt_vcpu(prtos_get_vcpuid());
}
