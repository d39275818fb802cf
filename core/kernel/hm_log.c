/* The health-monitor log: its records (the hypercalls that read them: hc_hm.c). */
#include <prtos/hm_log.h>
#include <prtos/string.h>
#include <prtos/checksum.h>
#include <prtos/arch.h>

/* The record's checksum: the low 16 bits of its CRC-32 with the field zero. */
static prtos_u16_t record_checksum(prtos_hm_log_t *rec)
{
	rec->checksum = 0;
	return (prtos_u16_t)checksum_crc32(0, rec, sizeof(*rec));
}

void hm_log_append(prtos_s32_t part_id, prtos_u32_t vcpu, prtos_u32_t event, prtos_u32_t pc,
		   prtos_u32_t psr, int ctxt_valid)
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
			  ((vcpu << HMLOG_OPCODE_VCPUID_BIT) & HMLOG_OPCODE_VCPUID_MASK) |
			  (event << HMLOG_OPCODE_EVENT_BIT);
	rec->timestamp = arch_now_us();
	rec->cpu_ctxt.pc = pc;
	rec->cpu_ctxt.psr = psr;
	rec->checksum = record_checksum(rec);
	hm_store_put(hm_ring_slot_for_append(&hm_ring), rec);
	hm_ring_commit(&hm_ring);
	hm_store_sync();
}
