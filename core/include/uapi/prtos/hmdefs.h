/* Health-monitor events, actions and the log record (spec: config.md, api.md). */
#ifndef PRTOS_UAPI_HMDEFS_H
#define PRTOS_UAPI_HMDEFS_H

#include <prtos/types.h>
#include <prtos/arch_abi.h> /* the architecture's events */

/*
 * Events come in three ranges:
 * - the common events every architecture has, 0 to 5;
 * - the architecture's own events (exceptions), from PRTOS_HM_EV_ARCH_BASE: their
 *   names, numbers and count (PRTOS_HM_ARCH_NUM_EVENTS) are in <prtos/arch_abi.h>;
 * - common extensions, numbered after the arch range.
 * A configuration names events; a number (a table index, an HM log record)
 * means something for the architecture the core was built for.
 */
#define PRTOS_HM_EV_FATAL_ERROR 0
#define PRTOS_HM_EV_SYSTEM_ERROR 1
#define PRTOS_HM_EV_PARTITION_ERROR 2
#define PRTOS_HM_EV_FP_ERROR 3
#define PRTOS_HM_EV_MEM_PROTECTION 4
#define PRTOS_HM_EV_UNEXPECTED_TRAP 5
#define PRTOS_HM_EV_ARCH_BASE 6
#define PRTOS_HM_EV_ARCH_END (PRTOS_HM_EV_ARCH_BASE + PRTOS_HM_ARCH_NUM_EVENTS)
/* Accepted as a name; numbered after the spec's events (an extension). */
#define PRTOS_HM_EV_WATCHDOG_TIMER (PRTOS_HM_EV_ARCH_END + 0)
#define PRTOS_HM_NUM_COMMON_EVENTS 7
#define PRTOS_HM_NUM_EVENTS (PRTOS_HM_NUM_COMMON_EVENTS + PRTOS_HM_ARCH_NUM_EVENTS) /* table size */
/* The spec's names for the ends of its ranges. */
#define PRTOS_HM_MAX_GENERIC_EVENTS PRTOS_HM_EV_ARCH_BASE
#define PRTOS_HM_MAX_EVENTS PRTOS_HM_EV_ARCH_END

/* 1 if event ev is one of the architecture's own. */
static inline int prtos_hm_event_is_arch(unsigned int ev)
{
	return ev >= PRTOS_HM_EV_ARCH_BASE && ev < PRTOS_HM_EV_ARCH_END;
}

/*
 * The name of event ev as a configuration writes it after "PRTOS_HM_EV_", or
 * NULL if no event has that number. The one table of event names: the core's
 * console and log lines and the tools' XML names both come from here.
 */
static inline const char *prtos_hm_event_name(unsigned int ev)
{
	static const char *const names[] = {
		"FATAL_ERROR",	  "SYSTEM_ERROR",    "PARTITION_ERROR",		"FP_ERROR",
		"MEM_PROTECTION", "UNEXPECTED_TRAP", PRTOS_HM_ARCH_EVENT_NAMES, "WATCHDOG_TIMER",
	};

	_Static_assert(sizeof(names) / sizeof(names[0]) == PRTOS_HM_NUM_EVENTS, "a name per event");
	return ev < PRTOS_HM_NUM_EVENTS ? names[ev] : (const char *)0;
}

#define PRTOS_HM_AC_IGNORE 0
#define PRTOS_HM_AC_SHUTDOWN 1
#define PRTOS_HM_AC_PARTITION_COLD_RESET 2
#define PRTOS_HM_AC_PARTITION_WARM_RESET 3
#define PRTOS_HM_AC_HYPERVISOR_COLD_RESET 4
#define PRTOS_HM_AC_HYPERVISOR_WARM_RESET 5
#define PRTOS_HM_AC_SUSPEND 6
#define PRTOS_HM_AC_PARTITION_HALT 7
#define PRTOS_HM_AC_HYPERVISOR_HALT 8
#define PRTOS_HM_AC_PROPAGATE 9
#define PRTOS_HM_AC_SWITCH_TO_MAINTENANCE 10
#define PRTOS_HM_MAX_ACTIONS 11

#define PRTOS_HMLOG_SIGNATURE 0xFECF

#define HMLOG_OPCODE_SYS_BIT 0
#define HMLOG_OPCODE_SYS_MASK (0x1U << HMLOG_OPCODE_SYS_BIT)
#define HMLOG_OPCODE_VALID_CPUCTXT_BIT 1
#define HMLOG_OPCODE_VALID_CPUCTXT_MASK (0x1U << HMLOG_OPCODE_VALID_CPUCTXT_BIT)
#define HMLOG_OPCODE_SEQ_BIT 4
#define HMLOG_OPCODE_SEQ_MASK (0xFFFFFFF0U)
#define HMLOG_OPCODE_PARTID_BIT 0
#define HMLOG_OPCODE_PARTID_MASK (0xFFU)
#define HMLOG_OPCODE_VCPUID_BIT 8
#define HMLOG_OPCODE_VCPUID_MASK (0xFF00U)
#define HMLOG_OPCODE_EVENT_BIT 16
#define HMLOG_OPCODE_EVENT_MASK (0xFFFF0000U)

struct prtos_hm_cpu_ctxt {
	prtos_u32_t pc;
	prtos_u32_t psr;
};

typedef struct {
	prtos_u16_t signature;
	prtos_u16_t checksum;
	prtos_u32_t op_code_hi;
	prtos_u32_t op_code_lo;
	prtos_time_t timestamp;
	union {
#define PRTOS_HMLOG_PAYLOAD_LENGTH 4
		struct prtos_hm_cpu_ctxt cpu_ctxt;
		prtos_word_t payload[PRTOS_HMLOG_PAYLOAD_LENGTH];
	};
} __attribute__((packed)) prtos_hm_log_t;

/* prtos_hm_seek whence values (same as the trace streams'). */
#define PRTOS_HM_SEEK_CUR 0
#define PRTOS_HM_SEEK_SET 1
#define PRTOS_HM_SEEK_END 2

typedef struct {
	prtos_s32_t num_of_events;
	prtos_s32_t max_events;
	prtos_s32_t current_event;
} prtos_hm_status_t;

#endif
