/* The health-monitor log: a ring of records read by system partitions. */
#ifndef PRTOS_HM_LOG_H
#define PRTOS_HM_LOG_H

#include <prtos/types.h>
#include <prtos/hmdefs.h>

/*
 * Ring bookkeeping, pure and host-tested. Record number k (k counts every
 * record ever appended) lives in slot k % capacity while it is among the last
 * `capacity` ones. The read cursor is a record number.
 */
struct hm_ring {
	prtos_u32_t capacity;
	prtos_u32_t total;  /* records appended since boot */
	prtos_u32_t cursor; /* next record to read */
};

/* Slot for the next record; call hm_ring_commit() once it is written. */
prtos_u32_t hm_ring_slot_for_append(const struct hm_ring *r);
void hm_ring_commit(struct hm_ring *r);
/* Slot of the next unread record, or -1 if everything has been read; advances. */
prtos_s32_t hm_ring_read(struct hm_ring *r);
/* Moves the cursor (whence: PRTOS_HM_SEEK_*); 0, or -1 if outside the kept records. */
int hm_ring_seek(struct hm_ring *r, prtos_s32_t offset, prtos_u32_t whence);
void hm_ring_status(const struct hm_ring *r, prtos_hm_status_t *st);

/* The log's storage (hm_store.c): hypervisor memory or the healthMonitorDevice block. */
extern struct hm_ring hm_ring;
void hm_store_init(void);
void hm_store_put(prtos_u32_t slot, const prtos_hm_log_t *rec);
void hm_store_get(prtos_u32_t slot, prtos_hm_log_t *rec);
/* Writes the ring's bookkeeping back to the block (after every change). */
void hm_store_sync(void);
/* Marks the log to be kept (warm) or dropped (cold) by the next boot. */
void hm_store_prepare_reset(int cold);
/* Warm resets of the hypervisor the log has survived. */
prtos_u32_t hm_store_resets(void);

/* Appends a record for event on vCPU vcpu of partition part_id (-1: the hypervisor). */
void hm_log_append(prtos_s32_t part_id, prtos_u32_t vcpu, prtos_u32_t event, prtos_u32_t pc,
		   prtos_u32_t psr, int ctxt_valid);

#endif
