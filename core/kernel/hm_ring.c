/* Ring bookkeeping of the health-monitor log (host-testable). */
#include <prtos/hm_log.h>

static prtos_u32_t oldest(const struct hm_ring *r)
{
	return r->total > r->capacity ? r->total - r->capacity : 0;
}

prtos_u32_t hm_ring_slot_for_append(const struct hm_ring *r)
{
	return r->total % r->capacity;
}

void hm_ring_commit(struct hm_ring *r)
{
	r->total++;
	if (r->cursor < oldest(r))
		r->cursor = oldest(r); /* unread records were overwritten */
}

prtos_s32_t hm_ring_read(struct hm_ring *r)
{
	prtos_u32_t slot;

	if (r->cursor == r->total)
		return -1;
	slot = r->cursor % r->capacity;
	r->cursor++;
	return (prtos_s32_t)slot;
}

int hm_ring_seek(struct hm_ring *r, prtos_s32_t offset, prtos_u32_t whence)
{
	prtos_s64_t base, target;

	switch (whence) {
	case PRTOS_HM_SEEK_SET:
		base = oldest(r);
		break;
	case PRTOS_HM_SEEK_CUR:
		base = r->cursor;
		break;
	case PRTOS_HM_SEEK_END:
		base = r->total;
		break;
	default:
		return -1;
	}
	target = base + offset;
	if (target < oldest(r) || target > r->total)
		return -1;
	r->cursor = (prtos_u32_t)target;
	return 0;
}

void hm_ring_status(const struct hm_ring *r, prtos_hm_status_t *st)
{
	st->num_of_events = (prtos_s32_t)r->total;
	st->max_events = (prtos_s32_t)r->capacity;
	st->current_event = (prtos_s32_t)(r->cursor - oldest(r));
}
