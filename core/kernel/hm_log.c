/* The health-monitor log: records and the hypercalls that read them (system partitions). */
#include <prtos/hm_log.h>
#include <prtos/hypercall.h>
#include <prtos/guest.h>
#include <prtos/part.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/string.h>
#include <prtos/checksum.h>
#include <prtos/arch.h>

/* The record's checksum: the low 16 bits of its CRC-32 with the field zero. */
static prtos_u16_t record_checksum(prtos_hm_log_t *rec)
{
	rec->checksum = 0;
	return (prtos_u16_t)checksum_crc32(0, rec, sizeof(*rec));
}

void hm_log_append(prtos_s32_t part_id, prtos_u32_t event, prtos_u32_t pc, prtos_u32_t psr,
		   int ctxt_valid)
{
	prtos_hm_log_t record, *rec = &record;

	memset(rec, 0, sizeof(*rec));
	rec->signature = PRTOS_HMLOG_SIGNATURE;
	rec->op_code_hi = (hm_ring.total << HMLOG_OPCODE_SEQ_BIT) & HMLOG_OPCODE_SEQ_MASK;
	if (part_id < 0)
		rec->op_code_hi |= HMLOG_OPCODE_SYS_MASK;
	if (ctxt_valid)
		rec->op_code_hi |= HMLOG_OPCODE_VALID_CPUCTXT_MASK;
	rec->op_code_lo = ((prtos_u32_t)part_id & HMLOG_OPCODE_PARTID_MASK) |
			  (event << HMLOG_OPCODE_EVENT_BIT);
	rec->timestamp = arch_now_us();
	rec->cpu_ctxt.pc = pc;
	rec->cpu_ctxt.psr = psr;
	rec->checksum = record_checksum(rec);
	hm_store_put(hm_ring_slot_for_append(&hm_ring), rec);
	hm_ring_commit(&hm_ring);
	hm_store_sync();
}

static struct partition *system_caller(void)
{
	struct partition *p = sched_current()->part;

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
