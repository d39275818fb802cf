/* The trace hypercalls: partitions record events, and read streams they may see. */
#include <prtos/tracing.h>
#include <prtos/hm_log.h>
#include <prtos/hm.h>
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>

prtos_s32_t hcall_trace_event(prtos_u32_t bitmask, guest_addr_t ev_ptr)
{
	struct partition *p = current_part();
	struct hm_cpu_ctxt c = {0};
	prtos_trace_event_t ev;
	prtos_s32_t err;

	if (guest_copy_from(p, &ev, ev_ptr, sizeof(ev)) != PRTOS_OK)
		return PRTOS_INVALID_PARAM;
	err = trace_partition_event(p->id, bitmask, &ev);
	if (err != PRTOS_OK)
		return err;
	if (((ev.op_code_hi & TRACE_OPCODE_CRIT_MASK) >> TRACE_OPCODE_CRIT_BIT) ==
		    PRTOS_TRACE_UNRECOVERABLE &&
	    !hm_raise(p, PRTOS_HM_EV_PARTITION_ERROR, &c))
		schedule(); /* the HM stopped the partition */
	return PRTOS_OK;
}

/* The ring of stream h if the caller may read it, or NULL with *err. */
static struct hm_ring *ring_for(prtos_s32_t h, prtos_s32_t *err)
{
	struct partition *p = current_part();
	struct hm_ring *r;

	*err = PRTOS_INVALID_PARAM;
	if (h < 0 || h > TRACE_HYP_STREAM ||
	    (h < TRACE_HYP_STREAM && (prtos_u32_t)h >= num_partitions))
		return NULL;
	*err = PRTOS_PERM_ERROR;
	if ((prtos_u32_t)h != p->id && !part_is_system(p))
		return NULL;
	r = trace_ring((prtos_u32_t)h);
	*err = PRTOS_INVALID_CONFIG;
	return r;
}

prtos_s32_t hcall_trace_open(prtos_id_t id)
{
	prtos_s32_t err, h = id == PRTOS_HYPERVISOR_ID ? TRACE_HYP_STREAM : (prtos_s32_t)id;

	if (id != PRTOS_HYPERVISOR_ID && id >= num_partitions)
		return PRTOS_INVALID_PARAM;
	return ring_for(h, &err) ? h : err;
}

prtos_s32_t hcall_trace_read(prtos_s32_t h, guest_addr_t ev_ptr)
{
	struct partition *p = current_part();
	prtos_s32_t err, slot;
	struct hm_ring *r = ring_for(h, &err);
	prtos_trace_event_t ev;

	if (!r)
		return err;
	if (!guest_check(p, ev_ptr, sizeof(ev), GUEST_WRITE))
		return PRTOS_INVALID_PARAM;
	trace_lock();
	slot = hm_ring_read(r);
	if (slot >= 0)
		trace_read_record((prtos_u32_t)h, (prtos_u32_t)slot, &ev);
	trace_unlock();
	if (slot < 0)
		return 0;
	guest_copy_to(p, ev_ptr, &ev, sizeof(ev));
	return 1;
}

prtos_s32_t hcall_trace_seek(prtos_s32_t h, prtos_s32_t offset, prtos_u32_t whence)
{
	prtos_s32_t err;
	struct hm_ring *r = ring_for(h, &err);

	if (!r)
		return err;
	trace_lock();
	err = hm_ring_seek(r, offset, whence) ? PRTOS_INVALID_PARAM : PRTOS_OK;
	trace_unlock();
	return err;
}

prtos_s32_t hcall_trace_status(prtos_s32_t h, guest_addr_t status_ptr)
{
	prtos_s32_t err;
	struct hm_ring *r = ring_for(h, &err);
	prtos_hm_status_t hs;
	prtos_trace_status_t ts;

	if (!r)
		return err;
	trace_lock();
	hm_ring_status(r, &hs);
	trace_unlock();
	ts.num_of_events = hs.num_of_events;
	ts.max_events = hs.max_events;
	ts.current_event = hs.current_event;
	return guest_copy_to(current_part(), status_ptr, &ts, sizeof(ts));
}
