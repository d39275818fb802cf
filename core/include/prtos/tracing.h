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

/* The hypervisor stream's mask; 0 when the XML gives it no memory block. */
extern prtos_u32_t trace_hyp_mask;
void trace_hyp_record(prtos_u32_t code, prtos_word_t a0, prtos_word_t a1);
/*
 * Records a hypervisor event if its bit is in the hypervisor stream's mask:
 * inline, as it sits on every hypercall and timer interrupt, where it costs a
 * test when tracing is off.
 */
static inline void trace_hyp(prtos_u32_t bit, prtos_u32_t code, prtos_word_t a0, prtos_word_t a1)
{
	if (trace_hyp_mask & bit)
		trace_hyp_record(code, a0, a1);
}

/* The ring of stream h, or NULL if h has no stream (no memory block in the XML). */
struct hm_ring *trace_ring(prtos_u32_t h);
/*
 * Seals ev and appends it to partition id's stream if bitmask is in its mask:
 * PRTOS_OK, PRTOS_NO_ACTION (masked out) or PRTOS_INVALID_CONFIG (no stream).
 */
prtos_s32_t trace_partition_event(prtos_u32_t id, prtos_u32_t bitmask, prtos_trace_event_t *ev);
/* Copies record slot of stream h (which has a stream) into ev. */
void trace_read_record(prtos_u32_t h, prtos_u32_t slot, prtos_trace_event_t *ev);

#endif
