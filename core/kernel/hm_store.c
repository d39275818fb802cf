/*
 * Where the HM log lives: hypervisor memory, or the memory block that the XML's
 * healthMonitorDevice names. A log in a memory block carries a header, so that
 * a warm reset of the hypervisor finds it again; a cold reset starts it anew.
 */
#include <prtos/hm_log.h>
#include <prtos/boot.h>
#include <prtos/string.h>
#include <prtos/phys.h>

#define HM_STORE_MAGIC 0x474C4D48U /* "HMLG" */

struct hm_store_hdr {
	prtos_u32_t magic;
	prtos_u32_t warm;   /* set just before a warm reset */
	prtos_u32_t resets; /* warm resets of the hypervisor survived */
	struct hm_ring ring;
};

struct hm_ring hm_ring = {CONFIG_HM_LOG_ENTRIES, 0, 0};
static prtos_hm_log_t core_records[CONFIG_HM_LOG_ENTRIES];
static phys_addr_t block; /* the memory block; physical address 0: hypervisor memory */
static struct hm_store_hdr hdr;

static phys_addr_t record_addr(prtos_u32_t slot)
{
	return phys_offset(block, sizeof(struct hm_store_hdr) + slot * sizeof(prtos_hm_log_t));
}

static int header_usable(prtos_u32_t capacity)
{
	return hdr.magic == HM_STORE_MAGIC && hdr.warm && hdr.ring.capacity == capacity &&
	       hdr.ring.cursor <= hdr.ring.total;
}

void hm_store_init(void)
{
	const struct prtos_conf_memblock *mb = boot_memblock_claim(&prtos_conf->hyp.hm_device);
	prtos_u32_t capacity;

	if (!mb || mb->size < sizeof(hdr) + sizeof(prtos_hm_log_t))
		return;
	block = phys_addr(mb->start);
	capacity = (mb->size - sizeof(hdr)) / sizeof(prtos_hm_log_t);
	phys_read(&hdr, block, sizeof(hdr));
	if (header_usable(capacity)) {
		hm_ring = hdr.ring;
		hdr.resets++;
	} else {
		memset(&hdr, 0, sizeof(hdr));
		hm_ring.capacity = capacity;
	}
	hdr.magic = HM_STORE_MAGIC;
	hdr.warm = 0;
	hm_store_sync();
}

void hm_store_put(prtos_u32_t slot, const prtos_hm_log_t *rec)
{
	if (block.pa)
		phys_write(record_addr(slot), rec, sizeof(*rec));
	else
		core_records[slot] = *rec;
}

void hm_store_get(prtos_u32_t slot, prtos_hm_log_t *rec)
{
	if (block.pa)
		phys_read(rec, record_addr(slot), sizeof(*rec));
	else
		*rec = core_records[slot];
}

void hm_store_sync(void)
{
	if (!block.pa)
		return;
	hdr.ring = hm_ring;
	phys_write(block, &hdr, sizeof(hdr));
}

void hm_store_prepare_reset(int cold)
{
	hdr.warm = !cold;
	hm_store_sync();
}

prtos_u32_t hm_store_resets(void)
{
	return hdr.resets;
}
