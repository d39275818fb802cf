/* Trace streams (spec: api.md, Tracing). A record has the shape of an HM log record. */
#ifndef PRTOS_UAPI_TRACE_H
#define PRTOS_UAPI_TRACE_H

#include <prtos/types.h>

#define PRTOS_TRACE_SIGNATURE 0xC33C

/* op_code_hi: criticality (set by the caller) and the sequence number (set by the core). */
#define TRACE_OPCODE_CRIT_BIT 1
#define TRACE_OPCODE_CRIT_MASK 0xE
#define TRACE_OPCODE_SEQ_BIT 4
#define TRACE_OPCODE_SEQ_MASK 0xFFFFFFF0U
/* op_code_lo: partition and vCPU (set by the core), the caller's event code. */
#define TRACE_OPCODE_PARTID_BIT 0
#define TRACE_OPCODE_PARTID_MASK 0xFFU
#define TRACE_OPCODE_VCPUID_BIT 8
#define TRACE_OPCODE_VCPUID_MASK 0xFF00U
#define TRACE_OPCODE_CODE_BIT 16
#define TRACE_OPCODE_CODE_MASK 0xFFFF0000U

#define PRTOS_TRACE_NOTIFY 0
#define PRTOS_TRACE_DEBUG 1
#define PRTOS_TRACE_WARNING 2
#define PRTOS_TRACE_UNRECOVERABLE 3

#define PRTOS_TRACE_SEEK_CUR 0
#define PRTOS_TRACE_SEEK_SET 1
#define PRTOS_TRACE_SEEK_END 2

/* prtos_trace_open() of the hypervisor's own stream. */
#define PRTOS_HYPERVISOR_ID 0xFF

/* Hypervisor stream: bitmask bits (XML PRTOSHypervisor/Trace) and the event codes. */
#define PRTOS_TRACE_HYP_IRQ 0x1	  /* code 1: payload[0] = vector */
#define PRTOS_TRACE_HYP_HCALL 0x2 /* code 2: payload[0] = number, [1] = caller */
#define PRTOS_TRACE_HYP_SCHED 0x4 /* code 3: payload[0] = partition switched in (0xFF: idle) */
#define PRTOS_TRACE_HYP_HM 0x8	  /* code 4: payload[0] = event, [1] = partition */
/* code 5, at every slot boundary, recorded by the trace export only (Kconfig TRACE_EXPORT;
 * a stream's bitmask does not select it): payload[0] = the slot that starts, an index into
 * its plan (all ones: no slot until the next one), [1] = its partition (0xFF: none),
 * [2] = the plan, [3] = the low 32 bits of the start of its major frame (us, the record's
 * time base) */
#define PRTOS_TRACE_HYP_SLOT 0x10
#define PRTOS_TRACE_HYP_ALL 0x1F

#define PRTOS_TRACE_CODE_IRQ 1
#define PRTOS_TRACE_CODE_HCALL 2
#define PRTOS_TRACE_CODE_SCHED 3
#define PRTOS_TRACE_CODE_HM 4
#define PRTOS_TRACE_CODE_SLOT 5

typedef struct {
	prtos_u16_t signature; /* PRTOS_TRACE_SIGNATURE */
	prtos_u16_t checksum;  /* low 16 bits of the record's CRC-32, this field 0 */
	prtos_u32_t op_code_hi;
	prtos_u32_t op_code_lo;
	prtos_time_t timestamp;
	prtos_word_t payload[4];
} __attribute__((packed)) prtos_trace_event_t;

typedef struct {
	prtos_s32_t num_of_events; /* recorded since boot */
	prtos_s32_t max_events;	   /* records the stream holds */
	prtos_s32_t current_event; /* read position within the held records */
} prtos_trace_status_t;

#endif
