/*
 * The trace export's byte stream (Kconfig TRACE_EXPORT, doc/tracing.md): the frames
 * the core writes to the platform's second UART, which prtostrace reads back.
 * Little-endian, like every PRTOS target. A frame is
 *
 *   sync     2 bytes  TRACE_EXPORT_SYNC0, TRACE_EXPORT_SYNC1
 *   kind     1 byte   TRACE_EXPORT_HELLO or TRACE_EXPORT_RECORD
 *   len      1 byte   bytes of payload
 *   seq      4 bytes  frames made since boot before this one; a gap counts frames
 *                     the core dropped because its buffer was full
 *   payload  len bytes
 *   crc      4 bytes  prtos_crc32 of kind, len, seq and payload
 */
#ifndef PRTOS_UAPI_TRACE_EXPORT_H
#define PRTOS_UAPI_TRACE_EXPORT_H

#include <prtos/types.h>
#include <prtos/trace.h>

#define TRACE_EXPORT_SYNC0 0xA5
#define TRACE_EXPORT_SYNC1 0x7E
#define TRACE_EXPORT_VERSION 1

/* The first frame after boot: a trace_export_hello. */
#define TRACE_EXPORT_HELLO 1
/* A trace record (prtos_trace_event_t) as the core sealed it: of a partition's stream, or
 * one of the hypervisor's events, whether or not its stream's XML bitmask keeps it. */
#define TRACE_EXPORT_RECORD 2

struct trace_export_head {
	prtos_u8_t sync[2];
	prtos_u8_t kind;
	prtos_u8_t len;
	prtos_u32_t seq;
} __attribute__((packed));

struct trace_export_hello {
	prtos_u16_t version;	     /* TRACE_EXPORT_VERSION */
	prtos_u16_t record_size;     /* sizeof(prtos_trace_event_t) on the target */
	prtos_u32_t config_checksum; /* the checksum of the configuration it runs */
} __attribute__((packed));

#define TRACE_EXPORT_CRC_SIZE 4
/* The largest frame: a head, 255 bytes of payload, a CRC. */
#define TRACE_EXPORT_FRAME_MAX (sizeof(struct trace_export_head) + 255 + TRACE_EXPORT_CRC_SIZE)

_Static_assert(sizeof(struct trace_export_head) == 8, "export frame head layout");
_Static_assert(sizeof(prtos_trace_event_t) <= 255, "a record fits one frame");

#endif
