/* hm_matrix: what the three partitions share. The generator writes hm_case.h
 * (HM_EVENT, HM_ACTION) into each scenario folder. */
#ifndef HM_MATRIX_H
#define HM_MATRIX_H

#include <prtos.h>
#include "hm_case.h"

/* Memory map, as in prtos_cf.x86.xml.in. */
#define VICTIM_START 0x6000000U
#define VICTIM_SIZE 0x100000U
/* A word of the victim's own area beyond its image: a cold reset clears it, a warm
 * reset keeps it. */
#define VICTIM_MARKER_ADDR (VICTIM_START + VICTIM_SIZE - 0x1000U)
#define VICTIM_MARKER 0x5A5AC3C3U
#define MAILBOX_ADDR 0x6300000U
#define MAILBOX_MAGIC 0x484D4D58U /* "HMMX" */

#define MAJOR_FRAME_US 1000
#define SIBLING_FRAMES 100
/* The victim lets the sibling record a few frames before it faults. */
#define VICTIM_WAIT_FRAMES 5
/* The monitor gives up waiting for the sibling after this long (HW clock, us). */
#define MONITOR_DEADLINE_US 400000

#define HM_VECTOR (HM_EVENT - PRTOS_HM_EV_X86_BASE)
/* Trap-class exceptions report the address after the instruction; faults report the
 * instruction itself. */
#define HM_EVENT_IS_TRAP                                                                \
	(HM_EVENT == PRTOS_HM_EV_X86_DEBUG || HM_EVENT == PRTOS_HM_EV_X86_BREAKPOINT || \
	 HM_EVENT == PRTOS_HM_EV_X86_OVERFLOW)

/*
 * The error code the CPU gives the raising instruction (see victim.c), which
 * PROPAGATE must hand to the handler unchanged: a #GP from loading a selector past
 * the end of the GDT carries the selector; a #PF from a ring-3 write to an unmapped
 * page carries U|W (6). The other exceptions have none (0).
 */
#define GP_SELECTOR 0xFFF8U /* GDT index 8191: past the end of the core's GDT */
#define UNMAPPED_ADDR 0x20000000U
#if HM_EVENT == PRTOS_HM_EV_X86_GENERAL_PROTECTION
#define HM_ERROR_CODE GP_SELECTOR
#elif HM_EVENT == PRTOS_HM_EV_X86_PAGE_FAULT
#define HM_ERROR_CODE 0x6U
#else
#define HM_ERROR_CODE 0U
#endif

#define EFLAGS_OF 0x800U
#define EFLAGS_AC 0x40000U

/* The shared area (flags="shared" in all three partitions): each partition writes
 * only its own fields. A cold reset of the victim does not clear it. */
struct hm_mailbox {
	/* victim */
	prtos_u32_t magic;
	prtos_u32_t boots;
	prtos_u32_t fault_ip, resume_ip;	 /* the faulting instruction and the next one */
	prtos_u32_t reset_counter, reset_status; /* from the PCT at its latest start */
	prtos_u32_t marker_kept;		 /* after a reset: the marker survived */
	prtos_u32_t handler_calls, handler_vector, handler_ip, handler_err;
	prtos_u32_t resumed;
	prtos_u32_t shutdown_seen;
	prtos_time_t before_fault;
	/* sibling */
	prtos_u32_t sibling_done;
	prtos_u32_t sibling_worst_us;
};

#define MAILBOX ((volatile struct hm_mailbox *)MAILBOX_ADDR)

/*
 * How far the sibling's slot start may move: the core's longest piece of work
 * with interrupts off that can sit at a slot boundary (an HM log record, a
 * hypercall; about 1250 instructions), which is 20 us at the 16 ns per
 * instruction these runs use. The reset and console overruns this matrix
 * found were 1 ms and 68 ms.
 */
#define MAX_BOUNDARY_WORK_US 20

#endif
