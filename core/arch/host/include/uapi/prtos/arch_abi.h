/*
 * The host arch's binary interface: the fake architecture the core's host tests run
 * on (core/arch/host). A "partition" is the test program calling hypercall_dispatch()
 * with 64-bit argument words, so a 64-bit value takes one word.
 */
#ifndef PRTOS_UAPI_ARCH_ABI_H
#define PRTOS_UAPI_ARCH_ABI_H

#define PRTOS_HCALL_MAX_ARGS 5

/* The host has no hypercalls of its own: 7, 8 and 9 (x86's) stay unknown here. */
#define PRTOS_ARCH_HYPERCALL_LIST(X)
#define PRTOS_ARCH_HCALL_END 0

/*
 * The fake machine's RAM: a host buffer standing for physical addresses
 * [PRTOS_HOST_RAM_START, PRTOS_HOST_RAM_END). The hypervisor's area is its first
 * 4 MiB (the container copy lives there); partition areas and memory blocks lie
 * above it.
 */
#define PRTOS_HOST_RAM_START 0x01000000U
#define PRTOS_HOST_RAM_END 0x02000000U

#endif
