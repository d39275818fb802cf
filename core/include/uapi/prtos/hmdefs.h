/* Health-monitor events, actions and the log record (spec: config.md, api.md). */
#ifndef PRTOS_UAPI_HMDEFS_H
#define PRTOS_UAPI_HMDEFS_H

#include <prtos/types.h>

#define PRTOS_HM_EV_FATAL_ERROR 0
#define PRTOS_HM_EV_SYSTEM_ERROR 1
#define PRTOS_HM_EV_PARTITION_ERROR 2
#define PRTOS_HM_EV_FP_ERROR 3
#define PRTOS_HM_EV_MEM_PROTECTION 4
#define PRTOS_HM_EV_UNEXPECTED_TRAP 5
#define PRTOS_HM_EV_X86_BASE 6 /* event = 6 + x86 exception vector */
#define PRTOS_HM_EV_X86_DIVIDE_ERROR 6
#define PRTOS_HM_EV_X86_DEBUG 7
#define PRTOS_HM_EV_X86_NMI_INTERRUPT 8
#define PRTOS_HM_EV_X86_BREAKPOINT 9
#define PRTOS_HM_EV_X86_OVERFLOW 10
#define PRTOS_HM_EV_X86_BOUND_RANGE_EXCEEDED 11
#define PRTOS_HM_EV_X86_INVALID_OPCODE 12
#define PRTOS_HM_EV_X86_DEVICE_NOT_AVAILABLE 13
#define PRTOS_HM_EV_X86_DOUBLE_FAULT 14
#define PRTOS_HM_EV_X86_COPROCESSOR_SEGMENT_OVERRUN 15
#define PRTOS_HM_EV_X86_INVALID_TSS 16
#define PRTOS_HM_EV_X86_SEGMENT_NOT_PRESENT 17
#define PRTOS_HM_EV_X86_STACK_FAULT 18
#define PRTOS_HM_EV_X86_GENERAL_PROTECTION 19
#define PRTOS_HM_EV_X86_PAGE_FAULT 20
#define PRTOS_HM_EV_X86_X87_FPU_ERROR 22
#define PRTOS_HM_EV_X86_ALIGNMENT_CHECK 23
#define PRTOS_HM_EV_X86_MACHINE_CHECK 24
#define PRTOS_HM_EV_X86_SIMD_FLOATING_POINT 25
#define PRTOS_HM_MAX_GENERIC_EVENTS 6
#define PRTOS_HM_MAX_EVENTS 26
/* Accepted as a name; numbered after the 26 spec events (an extension). */
#define PRTOS_HM_EV_WATCHDOG_TIMER 26
#define PRTOS_HM_NUM_EVENTS 27 /* size of per-level HM tables */

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
