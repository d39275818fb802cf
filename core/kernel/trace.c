/*
 * Trace streams: rings of records in the memory blocks the XML names (hypercalls:
 * hc_trace.c), and every record handed to the trace export when it is on.
 */
#include <prtos/tracing.h>
#include <prtos/hm_log.h>
#include <prtos/status.h>
#include <prtos/string.h>
#include <prtos/boot.h>
#include <prtos/checksum.h>
#include <prtos/arch.h>
#include <prtos/phys.h>
#include <prtos/spinlock.h>

struct trace_stream {
	phys_addr_t base;    /* the memory block; physical address 0: no stream */
	prtos_u32_t mask;    /* the XML bitmask */
	struct hm_ring ring; /* the same bookkeeping as the HM log */
};

static struct trace_stream streams[TRACE_NUM_STREAMS];
static struct spinlock streams_lock = SPINLOCK_INIT;
prtos_u32_t trace_hyp_mask;

void trace_lock(void)
{
	spin_lock(&streams_lock, LOCK_TRACE);
}

void trace_unlock(void)
{
	spin_unlock(&streams_lock, LOCK_TRACE);
}

static void stream_setup(struct trace_stream *st, const struct prtos_conf_dev_ref *dev,
			 prtos_u32_t mask)
{
	const struct prtos_conf_memblock *mb = boot_memblock_claim(dev);

	if (!mb || mb->size < sizeof(prtos_trace_event_t))
		return;
	st->base = phys_addr(mb->start);
	st->mask = mask;
	st->ring.capacity = mb->size / sizeof(prtos_trace_event_t);
}

void trace_init(void)
{
	prtos_u32_t i;

	for (i = 0; i < prtos_conf->num_partitions; i++) /* config_check rule "counts" */
		stream_setup(&streams[i], &prtos_conf->partitions[i].trace_device,
			     prtos_conf->partitions[i].trace_bitmask);
	/* Slot boundaries are the export's alone: a stream's contents and cost stay as the
	 * XML's bitmask made them before they existed. */
	stream_setup(&streams[TRACE_HYP_STREAM], &prtos_conf->hyp.trace_device,
		     prtos_conf->hyp.trace_bitmask & ~PRTOS_TRACE_HYP_SLOT);
	trace_hyp_mask = streams[TRACE_HYP_STREAM].mask | TRACE_EXPORT_HYP_EVENTS;
	trace_export_init();
}

/* Where record slot sits in st's memory block. */
static phys_addr_t record_addr(const struct trace_stream *st, prtos_u32_t slot)
{
	return phys_offset(st->base, slot * sizeof(prtos_trace_event_t));
}

/* Seals ev: signature, sequence number seq, partition part, time and checksum. */
static void record_seal(prtos_trace_event_t *ev, prtos_u32_t part, prtos_u32_t seq)
{
	ev->signature = PRTOS_TRACE_SIGNATURE;
	ev->op_code_hi = (ev->op_code_hi & TRACE_OPCODE_CRIT_MASK) |
			 ((seq << TRACE_OPCODE_SEQ_BIT) & TRACE_OPCODE_SEQ_MASK);
	ev->op_code_lo =
		(ev->op_code_lo & TRACE_OPCODE_CODE_MASK) | (part & TRACE_OPCODE_PARTID_MASK);
	ev->timestamp = arch_now_us();
	ev->checksum = 0;
	ev->checksum = (prtos_u16_t)checksum_crc32(0, ev, sizeof(*ev));
}

/* Seals ev and appends it to st. */
static void stream_append(struct trace_stream *st, prtos_trace_event_t *ev, prtos_u32_t part)
{
	record_seal(ev, part, st->ring.total);
	phys_write(record_addr(st, hm_ring_slot_for_append(&st->ring)), ev, sizeof(*ev));
	hm_ring_commit(&st->ring);
}

/* The bitmask bit of hypervisor event code (PRTOS_TRACE_HYP_*): code 1 is bit 0. */
#define HYP_CODE_BIT(code) (1U << ((code)-1))
_Static_assert(HYP_CODE_BIT(PRTOS_TRACE_CODE_IRQ) == PRTOS_TRACE_HYP_IRQ &&
		       HYP_CODE_BIT(PRTOS_TRACE_CODE_HM) == PRTOS_TRACE_HYP_HM &&
		       HYP_CODE_BIT(PRTOS_TRACE_CODE_SLOT) == PRTOS_TRACE_HYP_SLOT,
	       "a hypervisor event's bit follows its code");

/*
 * Seals hypervisor event ev (its payload set) with code, appends it to the stream if
 * the stream's mask keeps it (else its sequence number is 0), and exports it.
 */
static void hyp_record(prtos_trace_event_t *ev, prtos_u32_t code)
{
	struct trace_stream *st = &streams[TRACE_HYP_STREAM];

	ev->op_code_lo = code << TRACE_OPCODE_CODE_BIT;
	trace_lock();
	if (st->mask & HYP_CODE_BIT(code))
		stream_append(st, ev, PRTOS_HYPERVISOR_ID);
	else
		record_seal(ev, PRTOS_HYPERVISOR_ID, 0);
	trace_export_record(ev);
	trace_unlock();
}

void trace_hyp_record(prtos_u32_t code, prtos_word_t a0, prtos_word_t a1)
{
	prtos_trace_event_t ev;

	memset(&ev, 0, sizeof(ev));
	ev.payload[0] = a0;
	ev.payload[1] = a1;
	hyp_record(&ev, code);
}

#if TRACE_HYP_SLOTS /* the export's alone */
void trace_hyp_slot_record(prtos_u32_t plan, prtos_s32_t slot, prtos_u32_t part, prtos_time_t frame)
{
	prtos_trace_event_t ev;

	memset(&ev, 0, sizeof(ev));
	ev.payload[0] = (prtos_word_t)slot;
	ev.payload[1] = part;
	ev.payload[2] = plan;
	ev.payload[3] = (prtos_u32_t)frame;
	hyp_record(&ev, PRTOS_TRACE_CODE_SLOT);
}
#endif

struct hm_ring *trace_ring(prtos_u32_t h)
{
	return h < TRACE_NUM_STREAMS && streams[h].base.pa ? &streams[h].ring : NULL;
}

prtos_s32_t trace_partition_event(prtos_u32_t id, prtos_u32_t bitmask, prtos_trace_event_t *ev)
{
	struct trace_stream *st = &streams[id];

	if (!st->base.pa)
		return PRTOS_INVALID_CONFIG;
	if (!(bitmask & st->mask))
		return PRTOS_NO_ACTION;
	trace_lock();
	stream_append(st, ev, id);
	trace_export_record(ev);
	trace_unlock();
	return PRTOS_OK;
}

void trace_read_record(prtos_u32_t h, prtos_u32_t slot, prtos_trace_event_t *ev)
{
	phys_read(ev, record_addr(&streams[h], slot), sizeof(*ev));
}
