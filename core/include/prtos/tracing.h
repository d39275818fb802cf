/* Trace streams of partitions and of the hypervisor, kept in XML memory blocks. */
#ifndef PRTOS_TRACING_H
#define PRTOS_TRACING_H

#include <prtos/types.h>
#include <prtos/trace.h>

struct hm_ring;

/* Stream handles: partition ids, then the hypervisor's stream. */
#define TRACE_HYP_STREAM CONFIG_MAX_PARTITIONS
#define TRACE_NUM_STREAMS (CONFIG_MAX_PARTITIONS + 1)

/* Sets up the streams the configuration names; before the scheduler starts. */
void trace_init(void);

/*
 * The trace export (Kconfig TRACE_EXPORT, trace_export.c): a copy of every trace
 * record, framed as <prtos/trace_export.h> says, on the platform's second UART,
 * which then belongs to the core. Without the option these are empty.
 */
#ifdef CONFIG_TRACE_EXPORT
/* The hypervisor events the export records, whatever the XML's bitmask says. */
#define TRACE_EXPORT_HYP_EVENTS PRTOS_TRACE_HYP_ALL
/* Opens the UART and sends the hello frame; from trace_init(). */
void trace_export_init(void);
/* Frames sealed record ev for the UART, or drops it if the buffer is full. Any context. */
void trace_export_record(const prtos_trace_event_t *ev);
#else
#define TRACE_EXPORT_HYP_EVENTS 0
static inline void trace_export_init(void)
{
}
static inline void trace_export_record(const prtos_trace_event_t *ev)
{
	(void)ev;
}
#endif

/*
 * The hypervisor events to record: its stream's XML mask, and every event when
 * the trace export is on. 0 when neither wants any.
 */
extern prtos_u32_t trace_hyp_mask;
void trace_hyp_record(prtos_u32_t code, prtos_word_t a0, prtos_word_t a1);
/*
 * Records a hypervisor event if its bit is in trace_hyp_mask: inline, as it sits
 * on every hypercall and timer interrupt, where it costs a test when tracing is off.
 */
static inline void trace_hyp(prtos_u32_t bit, prtos_u32_t code, prtos_word_t a0, prtos_word_t a1)
{
	if (trace_hyp_mask & bit)
		trace_hyp_record(code, a0, a1);
}
/*
 * Slot boundaries (PRTOS_TRACE_HYP_SLOT) are the export's alone: TRACE_HYP_SLOTS is a
 * constant, 0 without the option, so that the scheduler's test of it is no code.
 * trace_hyp_slot_record(): slot (-1: none) of plan starts, given to partition part
 * (PRTOS_HYPERVISOR_ID: none), in the major frame begun at frame.
 */
#define TRACE_HYP_SLOTS (TRACE_EXPORT_HYP_EVENTS & PRTOS_TRACE_HYP_SLOT)
#if TRACE_HYP_SLOTS
void trace_hyp_slot_record(prtos_u32_t plan, prtos_s32_t slot, prtos_u32_t part,
			   prtos_time_t frame);
#else
static inline void trace_hyp_slot_record(prtos_u32_t plan, prtos_s32_t slot, prtos_u32_t part,
					 prtos_time_t frame)
{
	(void)plan;
	(void)slot;
	(void)part;
	(void)frame;
}
#endif

/* The ring of stream h, or NULL if h has no stream (no memory block in the XML). */
struct hm_ring *trace_ring(prtos_u32_t h);
/*
 * The streams' lock: every CPU's scheduler records into the hypervisor stream without
 * the core lock. Appends take it themselves; readers of a ring (hc_trace.c) take it
 * around each ring operation. Last but the console's in the lock order.
 */
void trace_lock(void);
void trace_unlock(void);
/*
 * Seals ev and appends it to partition id's stream if bitmask is in its mask:
 * PRTOS_OK, PRTOS_NO_ACTION (masked out) or PRTOS_INVALID_CONFIG (no stream).
 */
prtos_s32_t trace_partition_event(prtos_u32_t id, prtos_u32_t bitmask, prtos_trace_event_t *ev);
/* Copies record slot of stream h (which has a stream) into ev. */
void trace_read_record(prtos_u32_t h, prtos_u32_t slot, prtos_trace_event_t *ev);

#endif
