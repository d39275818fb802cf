/* Container building of the packer: check every input, lay out, checksum, self-check. */
#include "pack.h"
#include "elf32.h"
#include "errmsg.h"
#include "../../loader/container.h"

#include <prtos/config_blob.h>
#include <prtos/crc32.h>
#include <prtos/image.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMAGE_HDR_SECTION ".prtos_image_hdr"

/* One payload to be placed in the container. */
struct payload {
	const struct pack_file *file;
	struct prtos_container_entry e; /* offset and checksum filled at layout */
	const unsigned char *data;	/* e.file_size bytes */
	struct elf_flat flat;		/* owns data for ELF inputs */
	struct prtos_image_hdr ih;	/* PARTITION only */
};

struct pack {
	const struct pack_input *in;
	struct prtos_config cfg;
	struct prtos_core_info core_info;
	prtos_u32_t num;
	struct payload pl[PRTOS_CONTAINER_MAX_ENTRIES];
	const char **err_file;
	char *err;
};

__attribute__((format(printf, 3, 4))) static int fail(struct pack *p, const struct pack_file *f,
						      const char *fmt, ...)
{
	va_list ap;

	*p->err_file = f ? f->path : NULL;
	va_start(ap, fmt);
	vsnprintf(p->err, ERRMSG_LEN, fmt, ap);
	va_end(ap);
	return -1;
}

static struct payload *new_payload(struct pack *p, const struct pack_file *f, prtos_u32_t type)
{
	struct payload *pl = &p->pl[p->num++];
	const char *base = strrchr(f->path, '/');

	memset(pl, 0, sizeof(*pl));
	pl->file = f;
	pl->e.type = type;
	snprintf(pl->e.name, sizeof(pl->e.name), "%s", base ? base + 1 : f->path);
	return pl;
}

static int check_config_blob(struct pack *p, const struct pack_file *f)
{
	const size_t csum_off = offsetof(struct prtos_config, checksum);
	struct prtos_config *cfg = &p->cfg;
	prtos_u32_t crc;

	if (f->size != sizeof(*cfg))
		return fail(p, f,
			    "size %zu, but this build's configuration is %zu bytes "
			    "(built with other Kconfig limits?)",
			    f->size, sizeof(*cfg));
	memcpy(cfg, f->data, sizeof(*cfg));
	if (cfg->signature != PRTOS_CONFIG_SIGNATURE)
		return fail(p, f, "not a configuration blob (signature 0x%08x)", cfg->signature);
	if (cfg->size != f->size)
		return fail(p, f, "size field %u does not match the file size %zu", cfg->size,
			    f->size);
	crc = prtos_crc32(0, f->data, csum_off);
	crc = prtos_crc32(crc, "\0\0\0\0", 4);
	crc = prtos_crc32(crc, f->data + csum_off + 4, cfg->size - csum_off - 4);
	if (crc != cfg->checksum)
		return fail(p, f, "checksum mismatch (expected 0x%08x, got 0x%08x)", cfg->checksum,
			    crc);
	if (cfg->version != PRTOS_CONFIG_VERSION || cfg->abi_version != PRTOS_ABI_VERSION_WORD)
		return fail(p, f,
			    "configuration version 0x%06x / ABI 0x%06x, expected "
			    "0x%06x / 0x%06x",
			    cfg->version, cfg->abi_version, PRTOS_CONFIG_VERSION,
			    PRTOS_ABI_VERSION_WORD);
	return 0;
}

static int add_config(struct pack *p)
{
	const struct pack_file *f = &p->in->config;
	struct payload *pl;

	if (p->cfg.num_partitions > CONFIG_MAX_PARTITIONS)
		return fail(p, f, "%u partitions, at most %d", p->cfg.num_partitions,
			    CONFIG_MAX_PARTITIONS);
	pl = new_payload(p, f, PRTOS_ENTRY_CONFIG);
	pl->data = f->data;
	pl->e.file_size = pl->e.mem_size = (prtos_u32_t)f->size;
	return 0;
}

static int check_core_info(struct pack *p, const struct pack_file *f)
{
	const struct prtos_core_info *ci = &p->core_info;

	if (ci->magic != PRTOS_CORE_MAGIC)
		return fail(p, f, "does not start with a prtos_core_info (magic 0x%08x)",
			    ci->magic);
	if (ci->abi_version != PRTOS_ABI_VERSION_WORD)
		return fail(p, f, "core ABI 0x%06x, expected 0x%06x", ci->abi_version,
			    PRTOS_ABI_VERSION_WORD);
	if (ci->config_size != p->cfg.size || ci->config_version != p->cfg.version)
		return fail(p, f,
			    "core expects a configuration of %u bytes, version 0x%06x; "
			    "%s is %u bytes, version 0x%06x (configuration built for "
			    "another core)",
			    ci->config_size, ci->config_version, p->in->config.path, p->cfg.size,
			    p->cfg.version);
	return 0;
}

static int load_core(struct pack *p)
{
	const struct pack_file *f = &p->in->core;
	struct payload *pl = new_payload(p, f, PRTOS_ENTRY_CORE);
	char msg[ERRMSG_LEN];

	if (elf32_flatten(f->data, f->size, 1, &pl->flat, msg))
		return fail(p, f, "%s", msg);
	if (pl->flat.file_size < sizeof(p->core_info))
		return fail(p, f, "too small to start with a prtos_core_info");
	memcpy(&p->core_info, pl->flat.data, sizeof(p->core_info));
	pl->data = pl->flat.data;
	pl->e.file_size = pl->flat.file_size;
	pl->e.mem_size = pl->flat.mem_size;
	pl->e.load_addr = pl->flat.load_addr;
	pl->e.entry = pl->flat.entry;
	return check_core_info(p, f);
}

/* Find, read and check the image header of a flattened partition ELF. */
static int read_image_hdr(struct pack *p, struct payload *pl)
{
	const struct pack_file *f = pl->file;
	struct prtos_image_hdr *ih = &pl->ih;
	prtos_u32_t addr, size, off;
	char msg[ERRMSG_LEN];

	if (elf32_find_section(f->data, f->size, IMAGE_HDR_SECTION, &addr, &size, msg))
		return fail(p, f, "%s", msg);
	off = addr - pl->flat.load_addr;
	if (size < sizeof(*ih) || addr < pl->flat.load_addr || off > pl->flat.file_size ||
	    sizeof(*ih) > pl->flat.file_size - off)
		return fail(p, f,
			    "%s section (0x%08x, %u bytes) is not a loaded "
			    "prtos_image_hdr",
			    IMAGE_HDR_SECTION, addr, size);
	memcpy(ih, pl->flat.data + off, sizeof(*ih));
	if (ih->start_signature != PRTOS_EXEC_PARTITION_MAGIC ||
	    ih->end_signature != PRTOS_EXEC_PARTITION_MAGIC)
		return fail(p, f, "image header signatures 0x%08x/0x%08x, expected 0x%08x",
			    ih->start_signature, ih->end_signature, PRTOS_EXEC_PARTITION_MAGIC);
	if (ih->compilation_prtos_abi_version != PRTOS_ABI_VERSION_WORD ||
	    ih->compilation_prtos_api_version != PRTOS_API_VERSION_WORD)
		return fail(p, f, "built for ABI 0x%06x / API 0x%06x, expected 0x%06x / 0x%06x",
			    ih->compilation_prtos_abi_version, ih->compilation_prtos_api_version,
			    PRTOS_ABI_VERSION_WORD, PRTOS_API_VERSION_WORD);
	if (ih->num_of_custom_files > CONFIG_MAX_NO_CUSTOMFILES)
		return fail(p, f, "image header declares %u custom files, at most %d",
			    ih->num_of_custom_files, CONFIG_MAX_NO_CUSTOMFILES);
	pl->e.image_hdr = addr;
	return 0;
}

static const struct payload *find_part(const struct pack *p, prtos_u32_t id)
{
	prtos_u32_t i;

	for (i = 0; i < p->num; i++)
		if (p->pl[i].e.type == PRTOS_ENTRY_PARTITION && p->pl[i].e.id == id)
			return &p->pl[i];
	return NULL;
}

static int load_partition(struct pack *p, const struct pack_part *part)
{
	const struct pack_file *f = &part->file;
	struct payload *pl;
	char msg[ERRMSG_LEN];

	if (part->id >= p->cfg.num_partitions)
		return fail(p, f, "partition %u is not in the configuration (%u partitions)",
			    part->id, p->cfg.num_partitions);
	if (find_part(p, part->id))
		return fail(p, f, "second image for partition %u", part->id);
	pl = new_payload(p, f, PRTOS_ENTRY_PARTITION);
	pl->e.id = part->id;
	if (elf32_flatten(f->data, f->size, 0, &pl->flat, msg))
		return fail(p, f, "%s", msg);
	pl->data = pl->flat.data;
	pl->e.file_size = pl->flat.file_size;
	pl->e.mem_size = pl->flat.mem_size;
	pl->e.load_addr = pl->flat.load_addr;
	pl->e.entry = pl->flat.entry;
	if (container_area_of(&p->cfg, part->id, pl->e.load_addr, pl->e.mem_size) < 0)
		return fail(p, f,
			    "image [0x%08x, +0x%x) is not inside one area of "
			    "partition %u (%s)",
			    pl->e.load_addr, pl->e.mem_size, part->id,
			    p->cfg.partitions[part->id].name);
	return read_image_hdr(p, pl);
}

static int load_custom(struct pack *p, const struct pack_custom *c)
{
	const struct pack_file *f = &c->file;
	const struct payload *part = find_part(p, c->id);
	struct pef_custom_file slot;
	struct payload *pl;

	if (!part)
		return fail(p, f, "custom file for partition %u, which has no image", c->id);
	if (c->index >= part->ih.num_of_custom_files)
		return fail(p, f, "custom file %u not declared by %s (%u custom files)", c->index,
			    part->file->path, part->ih.num_of_custom_files);
	slot = part->ih.custom_file_table[c->index];
	if (f->size > slot.size)
		return fail(p, f, "%zu bytes, but custom file %u of %s holds %u", f->size, c->index,
			    part->file->path, slot.size);
	if (container_area_of(&p->cfg, c->id, slot.start_addr, (prtos_u32_t)f->size) < 0)
		return fail(p, f,
			    "custom file at [0x%08x, +0x%zx) is not inside one area of "
			    "partition %u",
			    slot.start_addr, f->size, c->id);
	pl = new_payload(p, f, PRTOS_ENTRY_CUSTOM_FILE);
	pl->e.id = c->id;
	pl->e.index = c->index;
	pl->e.load_addr = slot.start_addr;
	pl->e.file_size = pl->e.mem_size = (prtos_u32_t)f->size;
	pl->data = f->data;
	return 0;
}

static int check_customs_unique(struct pack *p)
{
	const struct pack_custom *a, *b;
	prtos_u32_t i, j;

	for (i = 0; i < p->in->num_customs; i++)
		for (j = 0; j < i; j++) {
			a = &p->in->customs[i];
			b = &p->in->customs[j];
			if (a->id == b->id && a->index == b->index)
				return fail(p, &a->file, "second custom file %u:%u", a->id,
					    a->index);
		}
	return 0;
}

static int load_all(struct pack *p)
{
	prtos_u32_t i;

	if (2 + p->in->num_parts + p->in->num_customs > PRTOS_CONTAINER_MAX_ENTRIES)
		return fail(p, NULL, "more than %d entries", PRTOS_CONTAINER_MAX_ENTRIES);
	if (check_config_blob(p, &p->in->config) || load_core(p) || add_config(p))
		return -1;
	for (i = 0; i < p->in->num_parts; i++)
		if (load_partition(p, &p->in->parts[i]))
			return -1;
	for (i = 0; i < p->cfg.num_partitions; i++)
		if (!find_part(p, i))
			return fail(p, &p->in->config,
				    "partition %u (%s) has no image "
				    "(use --partition %u:FILE)",
				    i, p->cfg.partitions[i].name, i);
	if (check_customs_unique(p))
		return -1;
	for (i = 0; i < p->in->num_customs; i++)
		if (load_custom(p, &p->in->customs[i]))
			return -1;
	return 0;
}

static uint64_t align_up(uint64_t v)
{
	return (v + PRTOS_CONTAINER_ALIGN - 1) & ~(uint64_t)(PRTOS_CONTAINER_ALIGN - 1);
}

/* Assign offsets and checksums; returns the total size, or 0 if too big. */
static prtos_u32_t layout(struct pack *p, prtos_u32_t hdr_size)
{
	uint64_t off = align_up(hdr_size);
	prtos_u32_t i;

	for (i = 0; i < p->num; i++) {
		p->pl[i].e.offset = (prtos_u32_t)off;
		p->pl[i].e.checksum = prtos_crc32(0, p->pl[i].data, p->pl[i].e.file_size);
		off = align_up(off + p->pl[i].e.file_size);
		if (off > UINT32_MAX - PRTOS_CONTAINER_ALIGN)
			return 0;
	}
	return (prtos_u32_t)off;
}

static int emit(struct pack *p, unsigned char **out, prtos_u32_t *out_size)
{
	struct prtos_container_hdr h = {.magic = PRTOS_CONTAINER_MAGIC,
					.version = PRTOS_CONTAINER_VERSION,
					.abi_version = PRTOS_ABI_VERSION_WORD,
					.num_entries = p->num};
	unsigned char *buf;
	prtos_u32_t i;

	h.hdr_size = (prtos_u32_t)(sizeof(h) + p->num * sizeof(struct prtos_container_entry));
	h.total_size = layout(p, h.hdr_size);
	if (!h.total_size)
		return fail(p, NULL, "container would exceed 4 GiB");
	buf = calloc(1, h.total_size);
	if (!buf)
		return fail(p, NULL, "out of memory");
	for (i = 0; i < p->num; i++) {
		memcpy(buf + sizeof(h) + i * sizeof(p->pl[i].e), &p->pl[i].e, sizeof(p->pl[i].e));
		memcpy(buf + p->pl[i].e.offset, p->pl[i].data, p->pl[i].e.file_size);
	}
	memcpy(buf, &h, sizeof(h));
	h.hdr_checksum = prtos_crc32(0, buf, h.hdr_size); /* hdr_checksum is still 0 */
	memcpy(buf, &h, sizeof(h));
	*out = buf;
	*out_size = h.total_size;
	return 0;
}

/* Belt and braces: the loader's checker must accept what we wrote. */
static int self_check(struct pack *p, unsigned char *buf, prtos_u32_t size)
{
	struct container_error cerr;

	if (!container_check(buf, size, &cerr))
		return 0;
	container_error_format(&cerr, p->err, ERRMSG_LEN);
	*p->err_file = NULL;
	return -1;
}

int pack_build(const struct pack_input *in, unsigned char **out, prtos_u32_t *out_size,
	       const char **err_file, char *err)
{
	struct pack *p = calloc(1, sizeof(*p));
	prtos_u32_t i;
	int rc = -1;

	*out = NULL;
	if (!p) {
		*err_file = NULL;
		return errmsg_set(err, "out of memory");
	}
	p->in = in;
	p->err_file = err_file;
	p->err = err;
	if (!load_all(p) && !emit(p, out, out_size)) {
		rc = self_check(p, *out, *out_size);
		if (rc) {
			free(*out);
			*out = NULL;
		}
	}
	for (i = 0; i < p->num; i++)
		elf32_flat_free(&p->pl[i].flat);
	free(p);
	return rc;
}
