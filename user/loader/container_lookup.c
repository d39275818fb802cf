/* Container lookups, locating a container in an image, and error messages
 * (freestanding: loader, host tools and unit tests). */
#include "container.h"
#include "container_internal.h"

const struct prtos_container_hdr *container_hdr(const void *base)
{
	return (const struct prtos_container_hdr *)base;
}

const struct prtos_container_entry *container_entry(const void *base, prtos_u32_t i)
{
	const struct prtos_container_entry *ents =
		(const struct prtos_container_entry *)((const prtos_u8_t *)base + HDR_SIZE);

	return i < container_hdr(base)->num_entries ? &ents[i] : NULL;
}

const struct prtos_container_entry *container_find(const void *base, prtos_u32_t type,
						   prtos_u32_t id, prtos_u32_t index)
{
	const struct prtos_container_entry *e;
	prtos_u32_t i;

	for (i = 0; (e = container_entry(base, i)) != NULL; i++) {
		if (e->type != type)
			continue;
		if (type == PRTOS_ENTRY_CORE || type == PRTOS_ENTRY_CONFIG)
			return e;
		if (e->id == id && (type != PRTOS_ENTRY_CUSTOM_FILE || e->index == index))
			return e;
	}
	return NULL;
}

prtos_u32_t container_copy_addr(const void *base)
{
	const struct prtos_container_entry *core = container_find(base, PRTOS_ENTRY_CORE, 0, 0);

	return (prtos_u32_t)(((prtos_u64_t)core->load_addr + core->mem_size +
			      PRTOS_CONTAINER_ALIGN - 1) &
			     ~(prtos_u64_t)(PRTOS_CONTAINER_ALIGN - 1));
}

const void *container_payload(const void *base, const struct prtos_container_entry *e)
{
	return (const prtos_u8_t *)base + e->offset;
}

const struct prtos_core_info *container_core_info(const void *base)
{
	const struct prtos_container_entry *e = container_find(base, PRTOS_ENTRY_CORE, 0, 0);

	return e ? (const struct prtos_core_info *)container_payload(base, e) : NULL;
}

const struct prtos_config *container_config(const void *base)
{
	const struct prtos_container_entry *e = container_find(base, PRTOS_ENTRY_CONFIG, 0, 0);

	return e ? (const struct prtos_config *)container_payload(base, e) : NULL;
}

const struct prtos_image_hdr *container_image_hdr(const void *base,
						  const struct prtos_container_entry *e)
{
	const prtos_u8_t *p = (const prtos_u8_t *)container_payload(base, e);

	return (const struct prtos_image_hdr *)(p + (e->image_hdr - e->load_addr));
}

prtos_s32_t container_area_of(const struct prtos_config *cfg, prtos_u32_t part_id,
			      prtos_u32_t vaddr, prtos_u32_t size)
{
	const struct prtos_conf_partition *p;
	const struct prtos_conf_area *a;
	prtos_u32_t i;

	if (part_id >= cfg->num_partitions)
		return -1;
	p = &cfg->partitions[part_id];
	for (i = p->first_area; i < p->first_area + p->num_areas; i++) {
		a = &cfg->areas[i];
		if (a->flags & PRTOS_MEM_AREA_UNMAPPED)
			continue;
		if (range_inside(vaddr, size, a->mapped_at, a->size))
			return (prtos_s32_t)i;
	}
	return -1;
}

static prtos_u32_t read_le32(const prtos_u8_t *p)
{
	return (prtos_u32_t)p[0] | (prtos_u32_t)p[1] << 8 | (prtos_u32_t)p[2] << 16 |
	       (prtos_u32_t)p[3] << 24;
}

int container_locate(const void *buf, prtos_u32_t size, prtos_u32_t *offset)
{
	const prtos_u8_t *p = (const prtos_u8_t *)buf;
	prtos_u32_t off;

	for (off = 0; size >= 8 && off <= size - 8; off += PRTOS_CONTAINER_ALIGN) {
		if (read_le32(p + off) == PRTOS_CONTAINER_MAGIC &&
		    read_le32(p + off + 4) == PRTOS_CONTAINER_VERSION) {
			*offset = off;
			return 0;
		}
		if (off > MAX_U32 - PRTOS_CONTAINER_ALIGN)
			break;
	}
	return -1;
}

/* ---- messages ---- */

const char *container_type_name(prtos_u32_t type)
{
	switch (type) {
	case PRTOS_ENTRY_CORE:
		return "core";
	case PRTOS_ENTRY_CONFIG:
		return "config";
	case PRTOS_ENTRY_PARTITION:
		return "partition";
	case PRTOS_ENTRY_CUSTOM_FILE:
		return "custom";
	default:
		return "?";
	}
}

/* Bounded string builder for the formatter. */
struct sbuf {
	char *buf;
	prtos_u32_t len;
	prtos_u32_t pos;
};

static void put_char(struct sbuf *s, char ch)
{
	if (s->pos + 1 < s->len)
		s->buf[s->pos] = ch;
	s->pos++;
}

static void put_str(struct sbuf *s, const char *str)
{
	while (*str)
		put_char(s, *str++);
}

static void put_num(struct sbuf *s, prtos_u32_t v, prtos_u32_t radix)
{
	char digits[10];
	int n = 0;

	do {
		digits[n++] = "0123456789abcdef"[v % radix];
		v /= radix;
	} while (v);
	if (radix == 16)
		put_str(s, "0x");
	while (n)
		put_char(s, digits[--n]);
}

/* "partition 1", "custom 1:0", "core", ... */
static void put_what(struct sbuf *s, const struct container_error *err)
{
	put_str(s, container_type_name(err->type));
	if (err->type == PRTOS_ENTRY_PARTITION || err->type == PRTOS_ENTRY_CUSTOM_FILE) {
		put_char(s, ' ');
		put_num(s, err->id, 10);
	}
	if (err->type == PRTOS_ENTRY_CUSTOM_FILE) {
		put_char(s, ':');
		put_num(s, err->index, 10);
	}
}

prtos_u32_t container_error_format(const struct container_error *err, char *buf, prtos_u32_t len)
{
	struct sbuf s = {buf, len, 0};

	put_str(&s, "container: ");
	if (err->entry >= 0) {
		put_str(&s, "entry ");
		put_num(&s, (prtos_u32_t)err->entry, 10);
		put_str(&s, " (");
		put_what(&s, err);
		put_str(&s, "): ");
	} else if (err->type) {
		put_what(&s, err);
		put_str(&s, ": ");
	}
	put_str(&s, err->msg ? err->msg : "?");
	if (err->has_values) {
		put_str(&s, " (expected ");
		put_num(&s, err->expected, 16);
		put_str(&s, ", got ");
		put_num(&s, err->got, 16);
		put_char(&s, ')');
	}
	if (len)
		buf[s.pos < len ? s.pos : len - 1] = '\0';
	return s.pos;
}
