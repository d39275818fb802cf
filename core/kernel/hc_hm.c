/* The health-monitor log hypercalls: system partitions read the log. */
#include <prtos/hm_log.h>
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/status.h>

static struct partition *system_caller(void)
{
	struct partition *p = current_part();

	return part_is_system(p) ? p : NULL;
}

/* Returns 1 and copies the next unread record, or 0 when the log is drained. */
prtos_s32_t hcall_hm_read(guest_addr_t log_ptr)
{
	struct partition *p = system_caller();
	prtos_hm_log_t rec;
	prtos_s32_t slot;

	if (!p)
		return PRTOS_PERM_ERROR;
	if (!guest_check(p, log_ptr, sizeof(prtos_hm_log_t), GUEST_WRITE))
		return PRTOS_INVALID_PARAM;
	slot = hm_ring_read(&hm_ring);
	if (slot < 0)
		return 0;
	hm_store_sync();
	hm_store_get((prtos_u32_t)slot, &rec);
	guest_copy_to(p, log_ptr, &rec, sizeof(rec));
	return 1;
}

prtos_s32_t hcall_hm_seek(prtos_s32_t offset, prtos_u32_t whence)
{
	if (!system_caller())
		return PRTOS_PERM_ERROR;
	if (hm_ring_seek(&hm_ring, offset, whence))
		return PRTOS_INVALID_PARAM;
	hm_store_sync();
	return PRTOS_OK;
}

prtos_s32_t hcall_hm_status(guest_addr_t status_ptr)
{
	struct partition *p = system_caller();
	prtos_hm_status_t st;

	if (!p)
		return PRTOS_PERM_ERROR;
	hm_ring_status(&hm_ring, &st);
	return guest_copy_to(p, status_ptr, &st, sizeof(st));
}
