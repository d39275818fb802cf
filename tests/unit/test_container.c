/* Unit tests of the loader's container checker (user/loader/container.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <prtos/crc32.h>

#include "test_container_fixture.h"
#include "../../user/loader/container.h"

/* A mutation of the valid fixture and the refusal it must cause. */
struct refusal {
	const char *name;
	void (*mutate)(unsigned char *c, prtos_u32_t *size);
	enum container_errcode code;
	int reseal;	   /* recompute checksums after mutating */
	prtos_s32_t entry; /* entry blamed, -1 for none, -2: do not check */
};

static void check_code(unsigned char *c, prtos_u32_t size, enum container_errcode code,
		       struct container_error *err)
{
	char msg[256];
	int rc = container_check(c, size, err);

	container_error_format(err, msg, sizeof(msg));
	if (rc != (int)code)
		print_message("unexpected result %d: %s\n", rc, msg);
	assert_int_equal(rc, code);
	assert_int_equal(err->code, code);
	assert_non_null(err->msg);
}

static void run_refusal(void **state)
{
	const struct refusal *r = *state;
	struct container_error err;
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	r->mutate(c, &size);
	if (r->reseal)
		fx_reseal(c);
	check_code(c, size, r->code, &err);
	if (r->entry != -2)
		assert_int_equal(err.entry, r->entry);
	free(c);
}

/* ---- mutations ---- */

static void m_magic(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_hdr(c)->magic ^= 1;
}
static void m_version(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_hdr(c)->version = PRTOS_SET_VERSION(2, 0, 0);
}
static void m_abi(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_hdr(c)->abi_version = PRTOS_SET_VERSION(0, 9, 0);
}
static void m_hdr_checksum(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART0)->name[3] ^= 0x20;
}
static void m_truncated(unsigned char *c, prtos_u32_t *s)
{
	(void)c;
	*s -= 1;
}
static void m_short(unsigned char *c, prtos_u32_t *s)
{
	(void)c;
	*s = 16;
}
static void m_too_many(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_hdr(c)->num_entries = PRTOS_CONTAINER_MAX_ENTRIES + 1;
}
static void m_hdr_size(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_hdr(c)->hdr_size += 4;
}
static void m_total_small(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_hdr(c)->total_size = 64;
}
static void m_entry_outside(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART1)->offset = fx_hdr(c)->total_size + 4096;
}
static void m_entry_tail(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART1)->file_size = fx_hdr(c)->total_size;
}
static void m_entry_wrap(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* offset + file_size wraps to a small number */
	fx_ent(c, FX_PART1)->file_size = 0xFFFFFFFFU - fx_ent(c, FX_PART1)->offset + 0x11;
}
static void m_entry_in_hdr(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->offset = 0;
}
static void m_entry_type(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->type = 9;
}
static void m_entry_align(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->offset += 8;
}
static void m_overlap(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->offset = fx_ent(c, FX_PART1)->offset;
}
static void m_mem_size(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART0)->mem_size = 0x10;
}
static void m_load_wrap(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART0)->load_addr = 0xFFFFF800U;
}
static void m_checksum(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	c[fx_ent(c, FX_PART1)->offset + 0x80] ^= 1;
}
static void m_no_core(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_drop(c, FX_CORE);
}
static void m_no_config(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_drop(c, FX_CONFIG);
}
static void m_dup_core(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_append(c, fx_ent(c, FX_CORE));
}
static void m_dup_config(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->type = PRTOS_ENTRY_CONFIG;
}
static void m_core_magic(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_core(c)->magic = 0;
}
static void m_core_small(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CORE)->file_size = 8;
}
static void m_core_abi(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_core(c)->abi_version = PRTOS_SET_VERSION(2, 0, 0);
}
static void m_cfg_signature(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->signature = 0x12345678;
}
static void m_cfg_checksum(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* change the blob, fix the payload checksum but not the blob's own */
	fx_cfg(c)->name[0] = 'X';
	fx_ent(c, FX_CONFIG)->checksum = prtos_crc32(0, fx_cfg(c), fx_ent(c, FX_CONFIG)->file_size);
	fx_hdr(c)->hdr_checksum = 0;
	fx_hdr(c)->hdr_checksum = prtos_crc32(0, c, fx_hdr(c)->hdr_size);
}
static void m_cfg_size_field(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->size -= 4;
}
static void m_cfg_abi(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->abi_version = 0x20000;
}
static void m_cfg_core_size(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_core(c)->config_size += 4;
}
static void m_cfg_core_version(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_core(c)->config_version = PRTOS_SET_VERSION(1, 9, 0);
}
static void m_cfg_version(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* blob and core agree with each other, not with this loader */
	fx_cfg(c)->version = PRTOS_SET_VERSION(1, 9, 0);
	fx_core(c)->config_version = PRTOS_SET_VERSION(1, 9, 0);
}
static void m_cfg_tables(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->partitions[1].num_areas = 60;
}
static void m_cfg_ids(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->partitions[1].id = 7;
}
static void m_cfg_nparts(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->num_partitions = CONFIG_MAX_PARTITIONS + 1;
}
static void m_core_area(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CORE)->mem_size = FX_HYP_SIZE + 1;
}
static void m_part_extra(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART1)->id = 2;
}
static void m_part_fewer(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_cfg(c)->num_partitions = 1;
}
static void m_part_dup(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART1)->id = 0;
}
static void m_part_missing(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_drop(c, FX_CUSTOM);
	fx_drop(c, FX_PART1);
}
static void m_part_missing_cfg(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* a third configured partition without an image */
	struct prtos_config *cfg = fx_cfg(c);

	cfg->partitions[2] = cfg->partitions[0];
	cfg->partitions[2].id = 2;
	cfg->num_partitions = 3;
}
static void m_image_past_area(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* straddles the end of partition 0's only area */
	fx_ent(c, FX_PART0)->load_addr = FX_P0_ADDR + FX_AREA_SIZE - 0x800;
	fx_ent(c, FX_PART0)->image_hdr = fx_ent(c, FX_PART0)->load_addr + FX_HDR_OFF;
}
static void m_image_other_part(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* inside partition 1's area, not partition 0's */
	fx_ent(c, FX_PART0)->load_addr = FX_P1_ADDR;
	fx_ent(c, FX_PART0)->image_hdr = FX_P1_ADDR + FX_HDR_OFF;
}
static void m_image_physical(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* the physical address of partition 1's area is not its virtual one */
	fx_ent(c, FX_PART1)->load_addr = 0x06200000U;
	fx_ent(c, FX_PART1)->image_hdr = 0x06200000U + FX_HDR_OFF;
}
static void m_image_hdr_outside(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART0)->image_hdr = FX_P0_ADDR + FX_IMAGE_FILE - 8;
}
static void m_image_hdr_below(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_PART0)->image_hdr = FX_P0_ADDR - 4;
}
static void m_image_hdr_sig(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ih(c, FX_PART0)->end_signature = 0;
}
static void m_custom_part(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->id = 5;
}
static void m_custom_index(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->index = CONFIG_MAX_NO_CUSTOMFILES;
}
static void m_custom_undeclared(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ih(c, FX_PART1)->num_of_custom_files = 0;
}
static void m_custom_addr(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ent(c, FX_CUSTOM)->load_addr += 0x100;
}
static void m_custom_big(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_ih(c, FX_PART1)->custom_file_table[0].size = 0x20;
}
static void m_custom_area(unsigned char *c, prtos_u32_t *s)
{
	(void)s; /* header and entry agree, but the address is outside partition 1 */
	fx_ih(c, FX_PART1)->custom_file_table[0].start_addr = 0x09000000U;
	fx_ent(c, FX_CUSTOM)->load_addr = 0x09000000U;
}
static void m_custom_dup(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_append(c, fx_ent(c, FX_CUSTOM));
}
static void m_part_dup2(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	fx_append(c, fx_ent(c, FX_PART0));
}
static void m_part_extra2(unsigned char *c, prtos_u32_t *s)
{
	struct prtos_container_entry e = *fx_ent(c, FX_PART1);

	(void)s;
	e.id = 2;
	fx_append(c, &e);
}

#define R(n, code, reseal, entry)          \
	{                                  \
#n, n, code, reseal, entry \
	}
/* Bytes that no checksum covers must be zero: after the entry table, after a payload,
 * at the container's very end. */
static void m_pad_header(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	c[fx_hdr(c)->hdr_size] = 1;
}
static void m_pad_payload(unsigned char *c, prtos_u32_t *s)
{
	const struct prtos_container_entry *e = fx_ent(c, FX_PART0);

	(void)s;
	c[e->offset + e->file_size] = 0x80;
}
static void m_pad_end(unsigned char *c, prtos_u32_t *s)
{
	(void)s;
	c[fx_hdr(c)->total_size - 1] = 0xFF;
}

static const struct refusal refusals[] = {
	R(m_magic, CONTAINER_E_MAGIC, 0, -1),
	R(m_version, CONTAINER_E_VERSION, 0, -1),
	R(m_abi, CONTAINER_E_ABI, 0, -1),
	R(m_hdr_checksum, CONTAINER_E_HDR_CHECKSUM, 0, -1),
	R(m_truncated, CONTAINER_E_TRUNCATED, 0, -1),
	R(m_short, CONTAINER_E_SHORT, 0, -1),
	R(m_too_many, CONTAINER_E_NUM_ENTRIES, 0, -1),
	R(m_hdr_size, CONTAINER_E_HDR_SIZE, 0, -1),
	R(m_total_small, CONTAINER_E_TOTAL_SIZE, 1, -1),
	R(m_entry_outside, CONTAINER_E_ENTRY_RANGE, 1, FX_PART1),
	R(m_entry_tail, CONTAINER_E_ENTRY_RANGE, 1, FX_PART1),
	R(m_entry_wrap, CONTAINER_E_ENTRY_RANGE, 1, FX_PART1),
	R(m_entry_in_hdr, CONTAINER_E_ENTRY_RANGE, 1, FX_CUSTOM),
	R(m_entry_type, CONTAINER_E_ENTRY_TYPE, 1, FX_CUSTOM),
	R(m_entry_align, CONTAINER_E_ENTRY_ALIGN, 1, FX_CUSTOM),
	R(m_overlap, CONTAINER_E_ENTRY_OVERLAP, 1, FX_CUSTOM),
	R(m_mem_size, CONTAINER_E_MEM_SIZE, 1, FX_PART0),
	R(m_load_wrap, CONTAINER_E_MEM_SIZE, 1, FX_PART0),
	R(m_checksum, CONTAINER_E_CHECKSUM, 0, FX_PART1),
	R(m_no_core, CONTAINER_E_NO_CORE, 0, -1),
	R(m_no_config, CONTAINER_E_NO_CONFIG, 0, -1),
	R(m_dup_core, CONTAINER_E_DUP_CORE, 0, FX_NUM),
	R(m_dup_config, CONTAINER_E_DUP_CONFIG, 1, FX_CUSTOM),
	R(m_core_magic, CONTAINER_E_CORE_INFO, 1, FX_CORE),
	R(m_core_small, CONTAINER_E_CORE_INFO, 1, FX_CORE),
	R(m_core_abi, CONTAINER_E_CORE_ABI, 1, FX_CORE),
	R(m_cfg_signature, CONTAINER_E_CONFIG_SIGNATURE, 1, FX_CONFIG),
	R(m_cfg_checksum, CONTAINER_E_CONFIG_CHECKSUM, 0, FX_CONFIG),
	R(m_cfg_size_field, CONTAINER_E_CONFIG_SIZE, 1, FX_CONFIG),
	R(m_cfg_abi, CONTAINER_E_CONFIG_ABI, 1, FX_CONFIG),
	R(m_cfg_core_size, CONTAINER_E_CONFIG_CORE_SIZE, 1, FX_CONFIG),
	R(m_cfg_core_version, CONTAINER_E_CONFIG_CORE_VERSION, 1, FX_CONFIG),
	R(m_cfg_version, CONTAINER_E_CONFIG_VERSION, 1, FX_CONFIG),
	R(m_cfg_tables, CONTAINER_E_CONFIG_TABLES, 1, FX_CONFIG),
	R(m_cfg_ids, CONTAINER_E_CONFIG_TABLES, 1, FX_CONFIG),
	R(m_cfg_nparts, CONTAINER_E_CONFIG_TABLES, 1, FX_CONFIG),
	R(m_core_area, CONTAINER_E_CORE_AREA, 1, FX_CORE),
	R(m_part_extra, CONTAINER_E_PART_ID, 1, FX_PART1),
	R(m_part_fewer, CONTAINER_E_PART_ID, 1, FX_PART1),
	R(m_part_dup, CONTAINER_E_PART_DUP, 1, FX_PART1),
	R(m_part_missing, CONTAINER_E_PART_MISSING, 0, -1),
	R(m_part_missing_cfg, CONTAINER_E_PART_MISSING, 1, -1),
	R(m_image_past_area, CONTAINER_E_IMAGE_AREA, 1, FX_PART0),
	R(m_image_other_part, CONTAINER_E_IMAGE_AREA, 1, FX_PART0),
	R(m_image_physical, CONTAINER_E_IMAGE_AREA, 1, FX_PART1),
	R(m_image_hdr_outside, CONTAINER_E_IMAGE_HDR, 1, FX_PART0),
	R(m_image_hdr_below, CONTAINER_E_IMAGE_HDR, 1, FX_PART0),
	R(m_image_hdr_sig, CONTAINER_E_IMAGE_HDR_SIG, 1, FX_PART0),
	R(m_custom_part, CONTAINER_E_CUSTOM_ID, 1, FX_CUSTOM),
	R(m_custom_index, CONTAINER_E_CUSTOM_ID, 1, FX_CUSTOM),
	R(m_custom_undeclared, CONTAINER_E_CUSTOM_HDR, 1, FX_CUSTOM),
	R(m_custom_addr, CONTAINER_E_CUSTOM_HDR, 1, FX_CUSTOM),
	R(m_custom_big, CONTAINER_E_CUSTOM_HDR, 1, FX_CUSTOM),
	R(m_custom_area, CONTAINER_E_CUSTOM_AREA, 1, FX_CUSTOM),
	R(m_custom_dup, CONTAINER_E_CUSTOM_DUP, 0, FX_NUM),
	R(m_part_dup2, CONTAINER_E_PART_DUP, 0, FX_NUM),
	R(m_part_extra2, CONTAINER_E_PART_ID, 0, FX_NUM),
	R(m_pad_header, CONTAINER_E_PADDING, 0, -1),
	R(m_pad_payload, CONTAINER_E_PADDING, 0, -1),
	R(m_pad_end, CONTAINER_E_PADDING, 0, -1),
};

/* ---- positive tests ---- */

static void test_valid(void **state)
{
	struct container_error err;
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	(void)state;
	check_code(c, size, CONTAINER_OK, &err);
	assert_int_equal(err.entry, -1);
	/* a larger buffer (container followed by other data) is fine too */
	assert_int_equal(container_check(c, size, NULL), 0);
	free(c);
}

/* A non-zero byte in the middle of padding words (read a word at a time) is named exactly. */
static void test_padding_offset_exact(void **state)
{
	struct container_error err;
	prtos_u32_t size, at;
	unsigned char *c = fx_container(&size);
	const struct prtos_container_entry *e = fx_ent(c, FX_PART0);

	(void)state;
	at = ((e->offset + e->file_size + 3U) & ~3U) + 9U; /* the second byte of a later word */
	c[at] = 0x40;
	check_code(c, size, CONTAINER_E_PADDING, &err);
	assert_true(err.has_values);
	assert_int_equal(err.expected, at);
	assert_int_equal(err.got, 0x40);
	free(c);
}

static void test_lookups(void **state)
{
	const struct prtos_container_entry *e;
	const struct prtos_config *cfg;
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	(void)state;
	assert_int_equal(container_check(c, size, NULL), 0);
	assert_ptr_equal(container_hdr(c), c);
	assert_ptr_equal(container_entry(c, FX_PART1), fx_ent(c, FX_PART1));
	assert_null(container_entry(c, FX_NUM));
	assert_ptr_equal(container_find(c, PRTOS_ENTRY_CORE, 0, 0), fx_ent(c, FX_CORE));
	assert_ptr_equal(container_find(c, PRTOS_ENTRY_PARTITION, 1, 0), fx_ent(c, FX_PART1));
	assert_ptr_equal(container_find(c, PRTOS_ENTRY_CUSTOM_FILE, 1, 0), fx_ent(c, FX_CUSTOM));
	assert_null(container_find(c, PRTOS_ENTRY_CUSTOM_FILE, 1, 1));
	assert_null(container_find(c, PRTOS_ENTRY_PARTITION, 2, 0));
	assert_ptr_equal(container_core_info(c), fx_core(c));
	cfg = container_config(c);
	assert_ptr_equal(cfg, fx_cfg(c));
	e = fx_ent(c, FX_PART1);
	assert_ptr_equal(container_payload(c, e), c + e->offset);
	assert_ptr_equal(container_image_hdr(c, e), fx_ih(c, FX_PART1));
	assert_int_equal(container_area_of(cfg, 1, FX_P1_ADDR, 0x1000), 1);
	assert_int_equal(container_area_of(cfg, 1, FX_P1_DATA + 0x10, 0x10), 2);
	assert_int_equal(container_area_of(cfg, 1, FX_P0_ADDR, 0x10), -1);
	assert_int_equal(container_area_of(cfg, 1, FX_P1_ADDR + FX_AREA_SIZE - 4, 8), -1);
	assert_int_equal(container_area_of(cfg, 0, FX_P0_ADDR, FX_AREA_SIZE), 0);
	assert_int_equal(container_area_of(cfg, 0, FX_P0_ADDR, FX_AREA_SIZE + 1), -1);
	assert_int_equal(container_area_of(cfg, 0, 0xFFFFFFF0U, 0x20), -1);
	assert_int_equal(container_area_of(cfg, 2, FX_P0_ADDR, 1), -1);
	free(c);
}

static void test_unmapped_area(void **state)
{
	struct container_error err;
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	(void)state;
	fx_cfg(c)->areas[0].flags = PRTOS_MEM_AREA_UNMAPPED;
	fx_reseal(c);
	check_code(c, size, CONTAINER_E_IMAGE_AREA, &err);
	free(c);
}

static void test_misaligned_base(void **state)
{
	struct container_error err;
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	(void)state;
	check_code(c + 2, size - 2, CONTAINER_E_ALIGN, &err);
	free(c);
}

static void test_message(void **state)
{
	struct container_error err;
	char msg[256], small[12];
	prtos_u32_t size, n;
	unsigned char *c = fx_container(&size);

	(void)state;
	c[fx_ent(c, FX_PART1)->offset + 0x80] ^= 1;
	assert_int_equal(container_check(c, size, &err), CONTAINER_E_CHECKSUM);
	assert_int_equal(err.has_values, 1);
	assert_int_equal(err.expected, fx_ent(c, FX_PART1)->checksum);
	n = container_error_format(&err, msg, sizeof(msg));
	assert_int_equal(n, strlen(msg));
	assert_non_null(strstr(msg, "container: entry 3 (partition 1): checksum mismatch "
				    "(expected 0x"));
	assert_non_null(strstr(msg, ", got 0x"));
	/* truncation keeps a NUL and reports the full length */
	assert_int_equal(container_error_format(&err, small, sizeof(small)), n);
	assert_string_equal(small, "container: ");

	fx_drop(c, FX_CUSTOM);
	fx_drop(c, FX_PART1);
	assert_int_equal(container_check(c, size, &err), CONTAINER_E_PART_MISSING);
	container_error_format(&err, msg, sizeof(msg));
	assert_string_equal(msg, "container: partition 1: no image for this partition");
	free(c);
}

static void test_locate(void **state)
{
	prtos_u32_t size, off = 0;
	unsigned char *c = fx_container(&size);
	unsigned char *img = aligned_alloc(4096, size + 3 * 4096);

	(void)state;
	memset(img, 0, 3 * 4096);
	img[4096 + 100] = 'P'; /* magic at an unaligned offset does not count */
	memcpy(img + 4096 + 100, &fx_hdr(c)->magic, 4);
	memcpy(img + 3 * 4096, c, size);
	assert_int_equal(container_locate(img, size + 3 * 4096, &off), 0);
	assert_int_equal(off, 3 * 4096);
	assert_int_equal(container_check(img + off, size, NULL), 0);
	assert_int_equal(container_locate(img, 3 * 4096, &off), -1);
	assert_int_equal(container_locate(img, 3, &off), -1);
	assert_int_equal(container_locate(c, size, &off), 0);
	assert_int_equal(off, 0);
	free(img);
	free(c);
}

int main(void)
{
	static const struct CMUnitTest fixed[] = {
		cmocka_unit_test(test_valid),		cmocka_unit_test(test_padding_offset_exact),
		cmocka_unit_test(test_lookups),		cmocka_unit_test(test_unmapped_area),
		cmocka_unit_test(test_misaligned_base), cmocka_unit_test(test_message),
		cmocka_unit_test(test_locate),
	};
	const size_t nr = sizeof(refusals) / sizeof(refusals[0]);
	const size_t nf = sizeof(fixed) / sizeof(fixed[0]);
	struct CMUnitTest *tests = calloc(nr + nf, sizeof(*tests));
	size_t i;
	int rc;

	for (i = 0; i < nf; i++)
		tests[i] = fixed[i];
	for (i = 0; i < nr; i++) {
		tests[nf + i].name = refusals[i].name;
		tests[nf + i].test_func = run_refusal;
		tests[nf + i].initial_state = (void *)&refusals[i];
	}
	rc = _cmocka_run_group_tests("container", tests, nr + nf, NULL, NULL);
	free(tests);
	return rc;
}
