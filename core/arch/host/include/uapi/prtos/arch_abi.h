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
 * Health-monitor events of the host (the arch range of <prtos/hmdefs.h>): the
 * machine's "exceptions" 0 to 19, event = PRTOS_HM_EV_HOST_BASE + number, which
 * tests raise through trap_handle(). As many as x86 has, so that the tables of a
 * configuration the tree's prtoscc compiled (for x86) have the size the host core
 * reads, event for event: tests/kernel/system.xml names them by x86's names.
 */
#define PRTOS_HM_EV_HOST_BASE 6
#define PRTOS_HM_ARCH_NUM_EVENTS 20
/* Their names, in event order; XML adds "PRTOS_HM_EV_" in front. */
#define PRTOS_HM_ARCH_EVENT_NAMES                                                                 \
	"HOST_TRAP_0", "HOST_TRAP_1", "HOST_TRAP_2", "HOST_TRAP_3", "HOST_TRAP_4", "HOST_TRAP_5", \
		"HOST_TRAP_6", "HOST_TRAP_7", "HOST_TRAP_8", "HOST_TRAP_9", "HOST_TRAP_10",       \
		"HOST_TRAP_11", "HOST_TRAP_12", "HOST_TRAP_13", "HOST_TRAP_14", "HOST_TRAP_15",   \
		"HOST_TRAP_16", "HOST_TRAP_17", "HOST_TRAP_18", "HOST_TRAP_19"

/*
 * The fake machine's RAM: a host buffer standing for physical addresses
 * [PRTOS_HOST_RAM_START, PRTOS_HOST_RAM_END). The hypervisor's area is its first
 * 4 MiB (the container copy lives there); partition areas and memory blocks lie
 * above it.
 */
#define PRTOS_HOST_RAM_START 0x01000000U
#define PRTOS_HOST_RAM_END 0x02000000U

#endif
