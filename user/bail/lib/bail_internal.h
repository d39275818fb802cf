/* BAIL private interface between the C library and the runtime (and start.S). */
#ifndef BAIL_INTERNAL_H
#define BAIL_INTERNAL_H

/*
 * The number of prtos_get_vcpuid's hypercall, for start.S (which has no stack to call
 * C with yet); runtime.c checks it against the one list.
 */
#define BAIL_HC_GET_VCPUID 5
/* vCPUs 1..BAIL_MAX_VCPUS-1 get stacks of their own in .bss (vCPU 0's is in .data). */
#define BAIL_MAX_VCPUS CONFIG_MAX_CPUS

#ifndef __ASSEMBLER__
/* Writes len bytes to the partition console (the runtime's write_console). */
void bail_console_write(const char *buf, int len);

/* Writes out a partial line held by printf/putchar; called before halting. */
void bail_console_flush(void);

/*
 * The calling vCPU's index, 0..BAIL_MAX_VCPUS-1, found from the stack it runs on
 * (start.S gives each its own): no hypercall. 0 on any other stack.
 */
#if BAIL_MAX_VCPUS > 1
unsigned int bail_vcpu_index(void);
#else
static inline unsigned int bail_vcpu_index(void)
{
	return 0;
}
#endif
#endif

#endif /* BAIL_INTERNAL_H */
