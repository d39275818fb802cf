/* Container checker (freestanding: loader, host tools and unit tests). */
#include "container.h"
#include "container_internal.h"

#include <prtos/crc32.h>
#include <prtos/pct.h>

#define CONFIG_HEAD_SIZE ((prtos_u32_t) __builtin_offsetof(struct prtos_config, name))

_Static_assert(sizeof(struct prtos_container_hdr) == 32, "container header layout");
_Static_assert(sizeof(struct prtos_container_entry) == 56, "container entry layout");
_Static_assert(sizeof(struct prtos_core_info) == 20, "core info layout");

/* State of one container_check call. */
struct check {
	const prtos_u8_t *base;
	prtos_u32_t size;
	const struct prtos_container_hdr *hdr;
	const struct prtos_container_entry *ents;
	const struct prtos_container_entry *core;
	const struct prtos_container_entry *config;
	const struct prtos_config *cfg;
	struct container_error *err;
};

static int fail(struct check *c, enum container_errcode code, const char *msg)
{
	c->err->code = code;
	c->err->msg = msg;
	return code;
}

static int fail_val(struct check *c, enum container_errcode code, const char *msg,
		    prtos_u32_t expected, prtos_u32_t got)
{
	c->err->has_values = 1;
	c->err->expected = expected;
	c->err->got = got;
	return fail(c, code, msg);
}

/* Detach the error from any entry. */
static void unblame(struct check *c)
{
	c->err->entry = -1;
	c->err->type = 0;
	c->err->id = 0;
	c->err->index = 0;
}

/* Attach entry i to the error about to be reported. */
static void blame(struct check *c, prtos_u32_t i)
{
	c->err->entry = (prtos_s32_t)i;
	c->err->type = c->ents[i].type;
	c->err->id = c->ents[i].id;
	c->err->index = c->ents[i].index;
}

/* Is [addr, addr + size) inside [start, start + len)? Overflow-safe. */

/* CRC of len bytes at p as if the 4-byte word at field_off were zero. */
static prtos_u32_t crc_skip_field(const prtos_u8_t *p, prtos_u32_t len, prtos_u32_t field_off)
{
	static const prtos_u8_t zero[4];
	prtos_u32_t crc;

	crc = prtos_crc32(0, p, field_off);
	crc = prtos_crc32(crc, zero, 4);
	return prtos_crc32(crc, p + field_off + 4, len - field_off - 4);
}

static int check_header_fields(struct check *c)
{
	const struct prtos_container_hdr *h = c->hdr;

	if (h->magic != PRTOS_CONTAINER_MAGIC)
		return fail_val(c, CONTAINER_E_MAGIC, "bad magic", PRTOS_CONTAINER_MAGIC, h->magic);
	if (h->version != PRTOS_CONTAINER_VERSION)
		return fail_val(c, CONTAINER_E_VERSION, "unsupported container version",
				PRTOS_CONTAINER_VERSION, h->version);
	if (h->abi_version != PRTOS_ABI_VERSION_WORD)
		return fail_val(c, CONTAINER_E_ABI, "packed for another ABI",
				PRTOS_ABI_VERSION_WORD, h->abi_version);
	if (h->num_entries > PRTOS_CONTAINER_MAX_ENTRIES)
		return fail_val(c, CONTAINER_E_NUM_ENTRIES, "too many entries",
				PRTOS_CONTAINER_MAX_ENTRIES, h->num_entries);
	if (h->hdr_size != HDR_SIZE + h->num_entries * ENTRY_SIZE)
		return fail_val(c, CONTAINER_E_HDR_SIZE, "header size does not match entry count",
				HDR_SIZE + h->num_entries * ENTRY_SIZE, h->hdr_size);
	return 0;
}

static int check_header(struct check *c)
{
	const struct prtos_container_hdr *h = c->hdr;
	prtos_u32_t crc;
	int rc;

	if (c->size < HDR_SIZE)
		return fail_val(c, CONTAINER_E_SHORT, "buffer smaller than a container header",
				HDR_SIZE, c->size);
	rc = check_header_fields(c);
	if (rc)
		return rc;
	if (h->total_size < h->hdr_size)
		return fail_val(c, CONTAINER_E_TOTAL_SIZE, "total size smaller than the header",
				h->hdr_size, h->total_size);
	if (h->total_size > c->size)
		return fail_val(c, CONTAINER_E_TRUNCATED, "container truncated", h->total_size,
				c->size);
	crc = crc_skip_field(c->base, h->hdr_size,
			     __builtin_offsetof(struct prtos_container_hdr, hdr_checksum));
	if (crc != h->hdr_checksum)
		return fail_val(c, CONTAINER_E_HDR_CHECKSUM, "header checksum mismatch",
				h->hdr_checksum, crc);
	return 0;
}

static int check_entry_range(struct check *c, const struct prtos_container_entry *e)
{
	prtos_u32_t total = c->hdr->total_size;

	if (e->type < PRTOS_ENTRY_CORE || e->type > PRTOS_ENTRY_CUSTOM_FILE)
		return fail_val(c, CONTAINER_E_ENTRY_TYPE, "unknown entry type", 0, e->type);
	if (e->offset > total || e->file_size > total - e->offset)
		return fail_val(c, CONTAINER_E_ENTRY_RANGE, "payload outside the container", total,
				e->offset);
	if (e->offset < c->hdr->hdr_size)
		return fail_val(c, CONTAINER_E_ENTRY_RANGE, "payload overlaps the header",
				c->hdr->hdr_size, e->offset);
	if (e->offset % PRTOS_CONTAINER_ALIGN)
		return fail_val(c, CONTAINER_E_ENTRY_ALIGN, "payload not 4 KiB aligned", 0,
				e->offset);
	if (e->mem_size < e->file_size)
		return fail_val(c, CONTAINER_E_MEM_SIZE, "memory size below file size",
				e->file_size, e->mem_size);
	if (e->mem_size && e->mem_size - 1 > MAX_U32 - e->load_addr)
		return fail_val(c, CONTAINER_E_MEM_SIZE, "load range wraps around", e->load_addr,
				e->mem_size);
	return 0;
}

static int check_entry(struct check *c, prtos_u32_t i)
{
	const struct prtos_container_entry *e = &c->ents[i];
	prtos_u32_t crc;
	int rc;

	blame(c, i);
	rc = check_entry_range(c, e);
	if (rc)
		return rc;
	crc = prtos_crc32(0, c->base + e->offset, e->file_size);
	if (crc != e->checksum)
		return fail_val(c, CONTAINER_E_CHECKSUM, "checksum mismatch", e->checksum, crc);
	unblame(c);
	return 0;
}

static int payloads_overlap(const struct prtos_container_entry *a,
			    const struct prtos_container_entry *b)
{
	if (!a->file_size || !b->file_size)
		return 0;
	return a->offset < b->offset + b->file_size && b->offset < a->offset + a->file_size;
}

static int check_entries(struct check *c)
{
	prtos_u32_t i, j;
	int rc;

	for (i = 0; i < c->hdr->num_entries; i++) {
		rc = check_entry(c, i);
		if (rc)
			return rc;
	}
	for (i = 0; i < c->hdr->num_entries; i++)
		for (j = 0; j < i; j++)
			if (payloads_overlap(&c->ents[i], &c->ents[j])) {
				blame(c, i);
				return fail_val(c, CONTAINER_E_ENTRY_OVERLAP,
						"payload overlaps another entry", c->ents[j].offset,
						c->ents[i].offset);
			}
	return 0;
}

/* The first of [from, to) not zero, or to: a word at a time where aligned (it is
 * most of the boot's time in the loader, after the checksums). */
static prtos_u32_t first_nonzero(const prtos_u8_t *base, prtos_u32_t from, prtos_u32_t to)
{
	prtos_u32_t i = from, w;

	for (; i < to && ((__UINTPTR_TYPE__)(base + i) & 3U); i++)
		if (base[i])
			return i;
	for (; to - i >= 4; i += 4) {
		__builtin_memcpy(&w, base + i, 4); /* one aligned load */
		if (w)
			break;
	}
	for (; i < to; i++)
		if (base[i])
			return i;
	return to;
}

/* 0 when every byte of [from, to) is zero. */
static int check_zero(struct check *c, prtos_u32_t from, prtos_u32_t to)
{
	prtos_u32_t i = from < to ? first_nonzero(c->base, from, to) : to;

	if (i < to)
		return fail_val(c, CONTAINER_E_PADDING, "padding not zero (offset, byte)", i,
				c->base[i]);
	return 0;
}

/*
 * Every byte of [hdr_size, total_size) that no payload holds (the header's padding,
 * each payload's tail up to the next 4 KiB, the last page's tail) must be zero: no
 * checksum covers them, so a corrupted one would otherwise go unnoticed. Payloads are
 * inside the container and do not overlap (check_entries).
 */
static int check_padding(struct check *c)
{
	const struct prtos_container_entry *e, *first;
	prtos_u32_t at = c->hdr->hdr_size, i;
	int rc;

	for (;;) {
		first = NULL;
		for (i = 0; i < c->hdr->num_entries; i++) {
			e = &c->ents[i];
			if (e->file_size && e->offset >= at &&
			    (!first || e->offset < first->offset))
				first = e;
		}
		rc = check_zero(c, at, first ? first->offset : c->hdr->total_size);
		if (rc || !first)
			return rc;
		at = first->offset + first->file_size;
	}
}

/* Find the single entry of a type; 0, or the error code for missing/duplicate. */
static int find_unique(struct check *c, prtos_u32_t type, const struct prtos_container_entry **out)
{
	prtos_u32_t i;

	*out = NULL;
	for (i = 0; i < c->hdr->num_entries; i++) {
		if (c->ents[i].type != type)
			continue;
		if (*out) {
			blame(c, i);
			return type == PRTOS_ENTRY_CORE
				       ? fail(c, CONTAINER_E_DUP_CORE, "second core entry")
				       : fail(c, CONTAINER_E_DUP_CONFIG,
					      "second configuration entry");
		}
		*out = &c->ents[i];
	}
	if (*out)
		return 0;
	return type == PRTOS_ENTRY_CORE ? fail(c, CONTAINER_E_NO_CORE, "no core entry")
					: fail(c, CONTAINER_E_NO_CONFIG, "no configuration entry");
}

static int check_core(struct check *c)
{
	const struct prtos_core_info *ci;

	blame(c, (prtos_u32_t)(c->core - c->ents));
	if (c->core->file_size < sizeof(*ci))
		return fail_val(c, CONTAINER_E_CORE_INFO, "core too small for its core info",
				sizeof(*ci), c->core->file_size);
	ci = (const struct prtos_core_info *)(c->base + c->core->offset);
	if (ci->magic != PRTOS_CORE_MAGIC)
		return fail_val(c, CONTAINER_E_CORE_INFO, "bad core info magic", PRTOS_CORE_MAGIC,
				ci->magic);
	if (ci->abi_version != PRTOS_ABI_VERSION_WORD)
		return fail_val(c, CONTAINER_E_CORE_ABI, "core built for another ABI",
				PRTOS_ABI_VERSION_WORD, ci->abi_version);
	unblame(c);
	return 0;
}

/* The blob's own integrity: signature, size field, checksum, ABI. */
static int check_config_blob(struct check *c, const struct prtos_config *cfg)
{
	prtos_u32_t crc;

	if (c->config->file_size < CONFIG_HEAD_SIZE)
		return fail_val(c, CONTAINER_E_CONFIG_SIZE, "configuration too small",
				CONFIG_HEAD_SIZE, c->config->file_size);
	if (cfg->signature != PRTOS_CONFIG_SIGNATURE)
		return fail_val(c, CONTAINER_E_CONFIG_SIGNATURE, "bad configuration signature",
				PRTOS_CONFIG_SIGNATURE, cfg->signature);
	if (cfg->size != c->config->file_size || cfg->size < CONFIG_HEAD_SIZE)
		return fail_val(c, CONTAINER_E_CONFIG_SIZE,
				"configuration size field does not match its payload",
				c->config->file_size, cfg->size);
	crc = crc_skip_field((const prtos_u8_t *)cfg, cfg->size,
			     __builtin_offsetof(struct prtos_config, checksum));
	if (crc != cfg->checksum)
		return fail_val(c, CONTAINER_E_CONFIG_CHECKSUM, "configuration checksum mismatch",
				cfg->checksum, crc);
	if (cfg->abi_version != PRTOS_ABI_VERSION_WORD)
		return fail_val(c, CONTAINER_E_CONFIG_ABI, "configuration built for another ABI",
				PRTOS_ABI_VERSION_WORD, cfg->abi_version);
	return 0;
}

/* The blob against the core (core info) and against this checker's own layout. */
static int check_config_match(struct check *c, const struct prtos_config *cfg)
{
	const struct prtos_core_info *ci =
		(const struct prtos_core_info *)(c->base + c->core->offset);

	if (cfg->size != ci->config_size)
		return fail_val(c, CONTAINER_E_CONFIG_CORE_SIZE,
				"configuration built for another core (size)", ci->config_size,
				cfg->size);
	if (cfg->version != ci->config_version)
		return fail_val(c, CONTAINER_E_CONFIG_CORE_VERSION,
				"configuration built for another core (version)",
				ci->config_version, cfg->version);
	if (cfg->size != sizeof(struct prtos_config))
		return fail_val(c, CONTAINER_E_CONFIG_SIZE,
				"configuration built for another loader (size)",
				sizeof(struct prtos_config), cfg->size);
	if (cfg->version != PRTOS_CONFIG_VERSION)
		return fail_val(c, CONTAINER_E_CONFIG_VERSION, "unsupported configuration version",
				PRTOS_CONFIG_VERSION, cfg->version);
	return 0;
}

static int check_config_tables(struct check *c, const struct prtos_config *cfg)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t i;

	if (cfg->num_partitions > CONFIG_MAX_PARTITIONS)
		return fail_val(c, CONTAINER_E_CONFIG_TABLES, "too many partitions",
				CONFIG_MAX_PARTITIONS, cfg->num_partitions);
	if (cfg->num_areas > CONFIG_MAX_MEM_AREAS)
		return fail_val(c, CONTAINER_E_CONFIG_TABLES, "too many memory areas",
				CONFIG_MAX_MEM_AREAS, cfg->num_areas);
	for (i = 0; i < cfg->num_partitions; i++) {
		p = &cfg->partitions[i];
		if (p->id != i)
			return fail_val(c, CONTAINER_E_CONFIG_TABLES, "partition ids not in order",
					i, p->id);
		if (p->first_area > cfg->num_areas || p->num_areas > cfg->num_areas - p->first_area)
			return fail_val(c, CONTAINER_E_CONFIG_TABLES,
					"partition areas out of range", cfg->num_areas,
					p->first_area);
	}
	return 0;
}

static int check_config(struct check *c)
{
	const struct prtos_config *cfg = (const struct prtos_config *)(c->base + c->config->offset);
	int rc;

	blame(c, (prtos_u32_t)(c->config - c->ents));
	rc = check_config_blob(c, cfg);
	if (!rc)
		rc = check_config_match(c, cfg);
	if (!rc)
		rc = check_config_tables(c, cfg);
	if (rc)
		return rc;
	unblame(c);
	c->cfg = cfg;
	return 0;
}

/*
 * The core must lie inside the hypervisor's memory when the configuration gives one,
 * and the container's copy after it (container_copy_addr) below the core's pools
 * (config_check's rule "core pools" checks the pools themselves).
 */
static int check_core_area(struct check *c)
{
	const struct prtos_conf_hypervisor *hyp = &c->cfg->hyp;
	prtos_u64_t copy_end, pools = (prtos_u64_t)hyp->start + hyp->pools[0].offset;

	if (!hyp->size)
		return 0;
	blame(c, (prtos_u32_t)(c->core - c->ents));
	if (c->core->load_addr < hyp->start)
		return fail_val(
			c, CONTAINER_E_CORE_AREA,
			"core starts below the hypervisor memory area (its start, the core's)",
			hyp->start, c->core->load_addr);
	if (!range_inside(c->core->load_addr, c->core->mem_size, hyp->start, hyp->size))
		return fail_val(c, CONTAINER_E_CORE_AREA,
				"core ends past the hypervisor memory area (its end, the core's)",
				(prtos_u32_t)((prtos_u64_t)hyp->start + hyp->size),
				(prtos_u32_t)((prtos_u64_t)c->core->load_addr + c->core->mem_size));
	copy_end = (prtos_u64_t)container_copy_addr(c->base) + c->hdr->total_size;
	if (copy_end > pools)
		return fail_val(c, CONTAINER_E_CORE_AREA,
				"core and container copy do not fit below the core's pools "
				"(KiB there, KiB needed)",
				(prtos_u32_t)((pools - hyp->start) / 1024U),
				(prtos_u32_t)((copy_end - hyp->start + 1023U) / 1024U));
	unblame(c);
	return 0;
}

static int check_image_hdr(struct check *c, const struct prtos_container_entry *e)
{
	const struct prtos_image_hdr *ih;
	prtos_u32_t off = e->image_hdr - e->load_addr;

	if (e->image_hdr < e->load_addr || off > e->file_size || sizeof(*ih) > e->file_size - off)
		return fail_val(c, CONTAINER_E_IMAGE_HDR, "image header outside the image data",
				e->load_addr, e->image_hdr);
	ih = (const struct prtos_image_hdr *)(c->base + e->offset + off);
	if (ih->start_signature != PRTOS_EXEC_PARTITION_MAGIC)
		return fail_val(c, CONTAINER_E_IMAGE_HDR_SIG, "bad image header start signature",
				PRTOS_EXEC_PARTITION_MAGIC, ih->start_signature);
	if (ih->end_signature != PRTOS_EXEC_PARTITION_MAGIC)
		return fail_val(c, CONTAINER_E_IMAGE_HDR_SIG, "bad image header end signature",
				PRTOS_EXEC_PARTITION_MAGIC, ih->end_signature);
	return 0;
}

static int check_partition(struct check *c, prtos_u32_t i, prtos_u8_t *seen)
{
	const struct prtos_container_entry *e = &c->ents[i];

	blame(c, i);
	if (e->id >= c->cfg->num_partitions)
		return fail_val(c, CONTAINER_E_PART_ID, "partition not in the configuration",
				c->cfg->num_partitions, e->id);
	if (seen[e->id])
		return fail(c, CONTAINER_E_PART_DUP, "second image for this partition");
	seen[e->id] = 1;
	if (container_area_of(c->cfg, e->id, e->load_addr, e->mem_size) < 0)
		return fail_val(c, CONTAINER_E_IMAGE_AREA,
				"image not inside one of the partition's areas", e->load_addr,
				e->mem_size);
	return check_image_hdr(c, e);
}

static int check_partitions(struct check *c)
{
	prtos_u8_t seen[CONFIG_MAX_PARTITIONS] = {0};
	prtos_u32_t i;
	int rc;

	for (i = 0; i < c->hdr->num_entries; i++) {
		if (c->ents[i].type != PRTOS_ENTRY_PARTITION)
			continue;
		rc = check_partition(c, i, seen);
		if (rc)
			return rc;
	}
	unblame(c);
	for (i = 0; i < c->cfg->num_partitions; i++)
		if (!seen[i]) {
			c->err->type = PRTOS_ENTRY_PARTITION;
			c->err->id = i;
			return fail(c, CONTAINER_E_PART_MISSING, "no image for this partition");
		}
	return 0;
}

/* A custom file must be where its partition's image header declares it. */
static int check_custom_hdr(struct check *c, const struct prtos_container_entry *e)
{
	const struct prtos_container_entry *pe;
	const struct prtos_image_hdr *ih;

	pe = container_find(c->base, PRTOS_ENTRY_PARTITION, e->id, 0);
	ih = container_image_hdr(c->base, pe);
	if (e->index >= ih->num_of_custom_files)
		return fail_val(c, CONTAINER_E_CUSTOM_HDR,
				"custom file not declared in the image header",
				ih->num_of_custom_files, e->index);
	if (e->load_addr != ih->custom_file_table[e->index].start_addr)
		return fail_val(c, CONTAINER_E_CUSTOM_HDR,
				"custom file address differs from the image header",
				ih->custom_file_table[e->index].start_addr, e->load_addr);
	if (e->file_size > ih->custom_file_table[e->index].size)
		return fail_val(c, CONTAINER_E_CUSTOM_HDR,
				"custom file larger than the image header allows",
				ih->custom_file_table[e->index].size, e->file_size);
	return 0;
}

static int check_custom(struct check *c, prtos_u32_t i, prtos_u8_t *seen)
{
	const struct prtos_container_entry *e = &c->ents[i];
	prtos_u32_t slot;

	blame(c, i);
	if (e->id >= c->cfg->num_partitions)
		return fail_val(c, CONTAINER_E_CUSTOM_ID, "custom file for an unknown partition",
				c->cfg->num_partitions, e->id);
	if (e->index >= CONFIG_MAX_NO_CUSTOMFILES)
		return fail_val(c, CONTAINER_E_CUSTOM_ID, "custom file index out of range",
				CONFIG_MAX_NO_CUSTOMFILES, e->index);
	slot = e->id * CONFIG_MAX_NO_CUSTOMFILES + e->index;
	if (seen[slot])
		return fail(c, CONTAINER_E_CUSTOM_DUP, "second custom file with this index");
	seen[slot] = 1;
	if (container_area_of(c->cfg, e->id, e->load_addr, e->mem_size) < 0)
		return fail_val(c, CONTAINER_E_CUSTOM_AREA,
				"custom file not inside one of the partition's areas", e->load_addr,
				e->mem_size);
	return check_custom_hdr(c, e);
}

static int check_customs(struct check *c)
{
	prtos_u8_t seen[CONFIG_MAX_PARTITIONS * CONFIG_MAX_NO_CUSTOMFILES] = {0};
	prtos_u32_t i;
	int rc;

	for (i = 0; i < c->hdr->num_entries; i++) {
		if (c->ents[i].type != PRTOS_ENTRY_CUSTOM_FILE)
			continue;
		rc = check_custom(c, i, seen);
		if (rc)
			return rc;
	}
	unblame(c);
	return 0;
}

int container_check(const void *base, prtos_u32_t size, struct container_error *err)
{
	struct container_error dummy;
	struct check c = {.base = base, .size = size, .hdr = base};
	int rc;

	c.err = err ? err : &dummy;
	*c.err = (struct container_error){.code = CONTAINER_OK, .msg = "ok", .entry = -1};
	if ((unsigned long)base % 4)
		return fail(&c, CONTAINER_E_ALIGN, "container not 4-byte aligned in memory");
	c.ents = (const struct prtos_container_entry *)(c.base + HDR_SIZE);
	rc = check_header(&c);
	if (!rc)
		rc = check_entries(&c);
	if (!rc)
		rc = find_unique(&c, PRTOS_ENTRY_CORE, &c.core);
	if (!rc)
		rc = find_unique(&c, PRTOS_ENTRY_CONFIG, &c.config);
	if (!rc)
		rc = check_core(&c);
	if (!rc)
		rc = check_config(&c);
	if (!rc)
		rc = check_core_area(&c);
	if (!rc)
		rc = check_partitions(&c);
	if (!rc)
		rc = check_customs(&c);
	if (!rc)
		rc = check_padding(&c);
	return rc;
}

/* ---- lookups ---- */
