/* The fixture of the core's host tests (kfix.h). */
#include "kfix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <prtos/crc32.h>
#include <prtos/image.h>
#include <prtos/hm_log.h>
#include <prtos/config_check.h>

void kernel_main(prtos_u32_t magic, const struct prtos_boot_info *info);

#define KF_HDR_OFF 0x10U
#define KF_HM_STORE_MAGIC 0x474C4D48U /* core/kernel/hm_store.c's header */

static prtos_u32_t cfg_size;

/* The blob prtoscc compiled from system.xml (KFIX_CFG, set by the Makefile). */
static void load_config(struct prtos_config *cfg)
{
	FILE *f = fopen(KFIX_CFG, "rb");

	/* Exactly the host core's size (the same Kconfig limits and HM table sizes). */
	if (!f || fread(cfg, 1, sizeof(*cfg), f) != sizeof(*cfg) || fgetc(f) != EOF) {
		fprintf(stderr, "kfix: %s is not a blob of %zu bytes\n", KFIX_CFG, sizeof(*cfg));
		abort();
	}
	fclose(f);
	/* prtoscc laid the pools out for the configured arch's page tables: the host's
	 * take none. */
	config_pools_layout(cfg, cfg->hyp.pools);
}

static void seal_config(struct prtos_config *cfg)
{
	cfg->checksum = 0;
	cfg->checksum = prtos_crc32(0, cfg, sizeof(*cfg));
}

static prtos_u8_t *container(void)
{
	return host_phys(KF_CONTAINER_PA, 0x80000);
}

static struct prtos_container_entry *entry(prtos_u32_t i)
{
	return (struct prtos_container_entry *)(container() + sizeof(struct prtos_container_hdr)) +
	       i;
}

/* Appends an entry whose payload is the next free pages at *off; returns it. */
static struct prtos_container_entry *add_entry(prtos_u32_t type, prtos_u32_t id,
					       prtos_u32_t file_size, prtos_u32_t *off)
{
	struct prtos_container_hdr *h = (struct prtos_container_hdr *)container();
	struct prtos_container_entry *e = entry(h->num_entries++);

	e->type = type;
	e->id = id;
	e->offset = *off;
	e->file_size = file_size;
	e->mem_size = file_size;
	snprintf(e->name, sizeof(e->name), "kfix%u", h->num_entries);
	*off += (file_size + 4095U) & ~4095U;
	return e;
}

static void image_header(prtos_u8_t *img, const struct kfix_damage *d, int damaged)
{
	struct prtos_image_hdr ih;

	memset(&ih, 0, sizeof(ih));
	ih.start_signature = PRTOS_EXEC_PARTITION_MAGIC;
	ih.end_signature = damaged && d->image_signature ? 0 : PRTOS_EXEC_PARTITION_MAGIC;
	ih.compilation_prtos_abi_version =
		damaged && d->image_abi ? PRTOS_SET_VERSION(9, 0, 0) : PRTOS_ABI_VERSION_WORD;
	ih.compilation_prtos_api_version =
		damaged && d->image_api ? PRTOS_SET_VERSION(9, 0, 0) : PRTOS_API_VERSION_WORD;
	memcpy(img + KF_HDR_OFF, &ih, sizeof(ih));
}

static void add_image(const struct prtos_config *cfg, prtos_u32_t id, const struct kfix_damage *d,
		      prtos_u32_t *off)
{
	struct prtos_container_entry *e = add_entry(PRTOS_ENTRY_PARTITION, id, KF_IMAGE_FILE, off);
	prtos_u8_t *img = container() + e->offset;
	prtos_u32_t i;

	for (i = 0; i < KF_IMAGE_FILE; i++)
		img[i] = (prtos_u8_t)(id * 16U + i);
	image_header(img, d, id == KF_WORKER);
	e->load_addr = cfg->partitions[id].link_addr;
	e->mem_size = id == KF_FAULTY && d->image_outside ? KF_AREA_SIZE + 1 : KF_IMAGE_MEM;
	e->entry = e->load_addr + KF_ENTRY_OFF;
	e->image_hdr =
		e->load_addr + (id == KF_WORKER && d->image_hdr_out ? KF_IMAGE_FILE : KF_HDR_OFF);
	e->checksum = prtos_crc32(0, img, KF_IMAGE_FILE) ^ (id == KF_WORKER && d->image_crc);
}

static void add_custom(prtos_u32_t *off)
{
	struct prtos_container_entry *e =
		add_entry(PRTOS_ENTRY_CUSTOM_FILE, KF_WORKER, KF_CUSTOM_SIZE, off);

	memset(container() + e->offset, 0xC5, KF_CUSTOM_SIZE);
	e->load_addr = KF_CUSTOM_VA;
	e->checksum = prtos_crc32(0, container() + e->offset, KF_CUSTOM_SIZE);
}

/* A warm HM log with n records, as a core about to reset warm leaves it. */
static void seed_hm_log(prtos_u32_t n, prtos_u32_t warm)
{
	prtos_u32_t hdr[6] = {KF_HM_STORE_MAGIC, warm, 0, 0, n, 0}, i;
	prtos_hm_log_t rec;

	hdr[3] = (KF_HM_LOG_SIZE - sizeof(hdr)) / sizeof(prtos_hm_log_t);
	memcpy(host_phys(KF_HM_LOG_PA, sizeof(hdr)), hdr, sizeof(hdr));
	for (i = 0; i < n; i++) {
		memset(&rec, 0, sizeof(rec));
		rec.signature = PRTOS_HMLOG_SIGNATURE;
		rec.op_code_lo = PRTOS_HM_EV_WATCHDOG_TIMER << HMLOG_OPCODE_EVENT_BIT | KF_FAULTY;
		rec.timestamp = 1000 + i;
		memcpy(host_phys(KF_HM_LOG_PA + sizeof(hdr) + i * sizeof(rec), sizeof(rec)), &rec,
		       sizeof(rec));
	}
}

/* Builds the container in the fake RAM; returns the boot information for it. */
static struct prtos_boot_info build(const struct kfix_damage *d)
{
	struct prtos_container_hdr *h = (struct prtos_container_hdr *)container();
	struct prtos_config *cfg;
	struct prtos_container_entry *e;
	prtos_u32_t off = 0x1000, i;
	struct prtos_boot_info info = {KF_CONTAINER_PA, 0, d->ram_kb ? d->ram_kb : KF_RAM_KB};

	memset(container(), 0, 0x80000);
	h->magic = d->container_magic ? 0 : PRTOS_CONTAINER_MAGIC;
	h->version = PRTOS_CONTAINER_VERSION;
	h->abi_version = PRTOS_ABI_VERSION_WORD;
	cfg_size = sizeof(struct prtos_config);
	e = add_entry(d->no_config ? PRTOS_ENTRY_CUSTOM_FILE : PRTOS_ENTRY_CONFIG,
		      d->no_config ? 9 : 0, cfg_size, &off);
	cfg = (struct prtos_config *)(container() + e->offset);
	load_config(cfg);
	seal_config(cfg);
	if (d->config_slot0_zero) {
		cfg->slots[0].duration = 0;
		seal_config(cfg);
	}
	if (d->config_signature || d->config_version || d->config_size) {
		cfg->signature ^= (prtos_u32_t)d->config_signature;
		cfg->version += (prtos_u32_t)d->config_version;
		cfg->size -= (prtos_u32_t)d->config_size;
		seal_config(cfg);
	}
	if (d->hyp_size) {
		cfg->hyp.size = d->hyp_size;
		config_pools_layout(cfg, cfg->hyp.pools);
		seal_config(cfg);
	}
	cfg->checksum ^= (prtos_u32_t)d->config_crc;
	for (i = 0; i < cfg->num_partitions; i++)
		if (!(i == KF_FAULTY && d->no_faulty_image))
			add_image(cfg, i, d, &off);
	add_custom(&off);
	h->hdr_size = sizeof(*h) + h->num_entries * sizeof(struct prtos_container_entry);
	h->total_size = off;
	info.container_size = off;
	if (d->warm_hm_log)
		seed_hm_log(d->warm_hm_log, 1);
	if (d->hm_log_raw_len)
		memcpy(host_phys(KF_HM_LOG_PA, KF_HM_LOG_SIZE), d->hm_log_raw,
		       d->hm_log_raw_len < KF_HM_LOG_SIZE ? d->hm_log_raw_len : KF_HM_LOG_SIZE);
	if (d->cold_hm_log)
		seed_hm_log(d->cold_hm_log, 0);
	return info;
}

struct boot_call {
	prtos_u32_t magic;
	struct prtos_boot_info info;
};

static void boot_fn(void *arg)
{
	struct boot_call *b = arg;

	kernel_main(b->magic, &b->info);
}

enum host_exit kfix_boot(const struct kfix_damage *d)
{
	static const struct kfix_damage none;
	struct boot_call b;

	host_machine_reset();
	if (!d)
		d = &none;
	b.info = build(d);
	host.refusal = d->refuse_worker;
	host.refuse_id = d->refuse_worker ? KF_WORKER : -1;
	host.mm_error = d->mm_error;
	host.mm_fail_id = KF_WORKER;
	if (d->cpus)
		host.cpus = d->cpus;
	b.magic = d->magic ? d->magic : PRTOS_BOOT_MAGIC;
	return host_run(boot_fn, &b);
}

void kfix_boot_and_run(void)
{
	assert_int_equal(kfix_boot(NULL), HOST_STARTED);
	host_tick();
	assert_int_equal(kfix_current(), KF_SUPER);
}

prtos_s32_t kfix_current(void)
{
	struct partition *p = sched_current()->part;

	return p ? (prtos_s32_t)p->id : -1;
}

void kfix_run(prtos_u32_t id)
{
	int i;

	for (i = 0; i < 32 && kfix_current() != (prtos_s32_t)id; i++)
		host_tick();
	assert_int_equal(kfix_current(), id);
}

void *kfix_mem(prtos_u32_t id, prtos_u32_t va, prtos_u32_t n)
{
	const struct partition *p = &partitions[id];
	const struct prtos_conf_area *a =
		guest_area_for(p->areas, p->cfg->num_areas, guest_addr(va), n, GUEST_LOAD);

	assert_non_null(a);
	return host_phys((prtos_u32_t)guest_area_phys(a, guest_addr(va)).pa, n);
}

prtos_s32_t kfix_hcall(prtos_u32_t nr, prtos_word_t a0, prtos_word_t a1, prtos_word_t a2,
		       prtos_word_t a3, prtos_word_t a4)
{
	const prtos_word_t args[PRTOS_HCALL_MAX_ARGS] = {a0, a1, a2, a3, a4};
	prtos_word_t ret = 0x5A5A5A5A5A5A5A5AULL;
	struct trap t = {.kind = TRAP_HYPERCALL,
			 .from_partition = 1,
			 .hcall_nr = nr,
			 .hcall_args = args,
			 .hcall_ret = &ret};

	trap_handle(&t);
	return (prtos_s32_t)ret;
}

void kfix_fault(prtos_u32_t event, const struct hm_cpu_ctxt *where, int from_partition)
{
	struct trap t = {.kind = TRAP_FAULT, .from_partition = from_partition, .hm_event = event};

	t.where = *where;
	trap_handle(&t);
}

prtos_address_t kfix_buf(prtos_u32_t off)
{
	return sched_current()->part->cfg->link_addr + KF_DATA_OFF + off;
}

void *kfix_bufp(prtos_u32_t off)
{
	return kfix_mem(sched_current()->part->id, (prtos_u32_t)kfix_buf(off), 1);
}

prtos_address_t kfix_str(const char *s)
{
	memcpy(kfix_bufp(0x1000), s, strlen(s) + 1);
	return kfix_buf(0x1000);
}

int kfix_console_has(const char *s)
{
	return strstr(host.console, s) != NULL;
}

struct hcall_call {
	prtos_u32_t nr;
	prtos_word_t a0;
};

static void hcall_fn(void *arg)
{
	struct hcall_call *c = arg;

	HC1(c->nr, c->a0);
}

enum host_exit kfix_hcall_exit(prtos_u32_t nr, prtos_word_t a0)
{
	struct hcall_call c = {nr, a0};

	return host_run(hcall_fn, &c);
}
