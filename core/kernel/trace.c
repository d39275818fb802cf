/* Trace streams: rings of records in the memory blocks the XML names, and their hypercalls. */
#include <prtos/tracing.h>
#include <prtos/hm_log.h>
#include <prtos/hm.h>
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/string.h>
#include <prtos/boot.h>
#include <prtos/checksum.h>
#include <prtos/arch.h>
#include <prtos/phys.h>

#define HYP_STREAM CONFIG_MAX_PARTITIONS

struct trace_stream {
	phys_addr_t base;    /* the memory block; physical address 0: no stream */
	prtos_u32_t mask;    /* the XML bitmask */
	struct hm_ring ring; /* the same bookkeeping as the HM log */
};

static struct trace_stream streams[CONFIG_MAX_PARTITIONS + 1];

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
	stream_setup(&streams[HYP_STREAM], &prtos_conf->hyp.trace_device,
		     prtos_conf->hyp.trace_bitmask);
}

/* Where record slot sits in st's memory block. */
static phys_addr_t record_addr(const struct trace_stream *st, prtos_u32_t slot)
{
	return phys_offset(st->base, slot * sizeof(prtos_trace_event_t));
}

/* Seals ev (sequence, ids, time, checksum) and appends it to st. */
static void stream_append(struct trace_stream *st, prtos_trace_event_t *ev, prtos_u32_t part)
{
	ev->signature = PRTOS_TRACE_SIGNATURE;
	ev->op_code_hi = (ev->op_code_hi & TRACE_OPCODE_CRIT_MASK) |
			 ((st->ring.total << TRACE_OPCODE_SEQ_BIT) & TRACE_OPCODE_SEQ_MASK);
	ev->op_code_lo =
		(ev->op_code_lo & TRACE_OPCODE_CODE_MASK) | (part & TRACE_OPCODE_PARTID_MASK);
	ev->timestamp = arch_now_us();
	ev->checksum = 0;
	ev->checksum = (prtos_u16_t)checksum_crc32(0, ev, sizeof(*ev));
	phys_write(record_addr(st, hm_ring_slot_for_append(&st->ring)), ev, sizeof(*ev));
	hm_ring_commit(&st->ring);
}

void trace_hyp(prtos_u32_t bit, prtos_u32_t code, prtos_word_t a0, prtos_word_t a1)
{
	struct trace_stream *st = &streams[HYP_STREAM];
	prtos_trace_event_t ev;

	if (!(st->mask & bit) || !st->base.pa)
		return;
	memset(&ev, 0, sizeof(ev));
	ev.op_code_lo = code << TRACE_OPCODE_CODE_BIT;
	ev.payload[0] = a0;
	ev.payload[1] = a1;
	stream_append(st, &ev, PRTOS_HYPERVISOR_ID);
}

prtos_s32_t hcall_trace_event(prtos_u32_t bitmask, guest_addr_t ev_ptr)
{
	struct partition *p = sched_current()->part;
	struct trace_stream *st = &streams[p->id];
	struct hm_cpu_ctxt c = {0};
	prtos_trace_event_t ev;

	if (guest_copy_from(p, &ev, ev_ptr, sizeof(ev)) != PRTOS_OK)
		return PRTOS_INVALID_PARAM;
	if (!st->base.pa)
		return PRTOS_INVALID_CONFIG;
	if (!(bitmask & st->mask))
		return PRTOS_NO_ACTION;
	stream_append(st, &ev, p->id);
	if (((ev.op_code_hi & TRACE_OPCODE_CRIT_MASK) >> TRACE_OPCODE_CRIT_BIT) ==
		    PRTOS_TRACE_UNRECOVERABLE &&
	    !hm_raise(p, PRTOS_HM_EV_PARTITION_ERROR, &c))
		schedule(); /* the HM stopped the partition */
	return PRTOS_OK;
}

/* The stream behind handle h if the caller may read it, or NULL with *err. */
static struct trace_stream *stream_for(prtos_s32_t h, prtos_s32_t *err)
{
	struct partition *p = sched_current()->part;

	*err = PRTOS_INVALID_PARAM;
	if (h < 0 || h > HYP_STREAM || (h < HYP_STREAM && (prtos_u32_t)h >= num_partitions))
		return NULL;
	*err = PRTOS_PERM_ERROR;
	if ((prtos_u32_t)h != p->id && !part_is_system(p))
		return NULL;
	*err = PRTOS_INVALID_CONFIG;
	return streams[h].base.pa ? &streams[h] : NULL;
}

prtos_s32_t hcall_trace_open(prtos_id_t id)
{
	prtos_s32_t err, h = id == PRTOS_HYPERVISOR_ID ? HYP_STREAM : (prtos_s32_t)id;

	if (id != PRTOS_HYPERVISOR_ID && id >= num_partitions)
		return PRTOS_INVALID_PARAM;
	return stream_for(h, &err) ? h : err;
}

prtos_s32_t hcall_trace_read(prtos_s32_t h, guest_addr_t ev_ptr)
{
	struct partition *p = sched_current()->part;
	prtos_s32_t err, slot;
	struct trace_stream *st = stream_for(h, &err);
	prtos_trace_event_t ev;

	if (!st)
		return err;
	if (!guest_check(p, ev_ptr, sizeof(ev), GUEST_WRITE))
		return PRTOS_INVALID_PARAM;
	slot = hm_ring_read(&st->ring);
	if (slot < 0)
		return 0;
	phys_read(&ev, record_addr(st, (prtos_u32_t)slot), sizeof(ev));
	guest_copy_to(p, ev_ptr, &ev, sizeof(ev));
	return 1;
}

prtos_s32_t hcall_trace_seek(prtos_s32_t h, prtos_s32_t offset, prtos_u32_t whence)
{
	prtos_s32_t err;
	struct trace_stream *st = stream_for(h, &err);

	if (!st)
		return err;
	return hm_ring_seek(&st->ring, offset, whence) ? PRTOS_INVALID_PARAM : PRTOS_OK;
}

prtos_s32_t hcall_trace_status(prtos_s32_t h, guest_addr_t status_ptr)
{
	prtos_s32_t err;
	struct trace_stream *st = stream_for(h, &err);
	prtos_hm_status_t hs;
	prtos_trace_status_t ts;

	if (!st)
		return err;
	hm_ring_status(&st->ring, &hs);
	ts.num_of_events = hs.num_of_events;
	ts.max_events = hs.max_events;
	ts.current_event = hs.current_event;
	return guest_copy_to(sched_current()->part, status_ptr, &ts, sizeof(ts));
}
