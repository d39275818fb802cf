/* In-memory fixtures for the container tests: a valid configuration and container. */
#include "test_container_fixture.h"

#include <prtos/crc32.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static void fx_area(struct prtos_conf_area *a, const char *name, prtos_u32_t start,
		    prtos_u32_t size, prtos_u32_t mapped_at)
{
	strncpy(a->name, name, sizeof(a->name) - 1);
	a->start = start;
	a->size = size;
	a->mapped_at = mapped_at;
}

static void fx_part(struct prtos_conf_partition *p, prtos_u32_t id, const char *name,
		    prtos_u32_t first_area, prtos_u32_t num_areas, prtos_u32_t link)
{
	p->id = id;
	strncpy(p->name, name, sizeof(p->name) - 1);
	p->num_vcpus = 1;
	p->first_area = first_area;
	p->num_areas = num_areas;
	p->link_addr = link;
}

void fx_config_seal(struct prtos_config *cfg)
{
	cfg->checksum = 0;
	cfg->checksum = prtos_crc32(0, cfg, sizeof(*cfg));
}

void fx_config(struct prtos_config *cfg)
{
	prtos_u32_t i;

	memset(cfg, 0, sizeof(*cfg));
	cfg->signature = PRTOS_CONFIG_SIGNATURE;
	cfg->version = PRTOS_CONFIG_VERSION;
	cfg->size = sizeof(*cfg);
	cfg->abi_version = PRTOS_ABI_VERSION_WORD;
	strcpy(cfg->name, "fixture");
	cfg->hyp.start = FX_HYP_START;
	cfg->hyp.size = FX_HYP_SIZE;
	for (i = 0; i < PRTOS_CONF_NUM_POOLS; i++)
		cfg->hyp.pools[i].offset = FX_HYP_SIZE; /* empty, at the area's end */
	cfg->num_areas = 3;
	fx_area(&cfg->areas[0], "p0", FX_P0_ADDR, FX_AREA_SIZE, FX_P0_ADDR);
	fx_area(&cfg->areas[1], "p1", 0x06200000U, FX_AREA_SIZE, FX_P1_ADDR);
	fx_area(&cfg->areas[2], "p1data", 0x06400000U, FX_DATA_SIZE, FX_P1_DATA);
	cfg->num_partitions = 2;
	fx_part(&cfg->partitions[0], 0, "P0", 0, 1, FX_P0_ADDR);
	fx_part(&cfg->partitions[1], 1, "P1", 1, 2, FX_P1_ADDR);
	cfg->partitions[0].flags = PRTOS_PART_SYSTEM;
	fx_config_seal(cfg);
}

void fx_image_hdr(struct prtos_image_hdr *ih, prtos_u32_t num_custom)
{
	memset(ih, 0, sizeof(*ih));
	ih->start_signature = PRTOS_EXEC_PARTITION_MAGIC;
	ih->end_signature = PRTOS_EXEC_PARTITION_MAGIC;
	ih->compilation_prtos_abi_version = PRTOS_ABI_VERSION_WORD;
	ih->compilation_prtos_api_version = PRTOS_API_VERSION_WORD;
	ih->num_of_custom_files = num_custom;
	ih->custom_file_table[0].start_addr = FX_P1_DATA;
	ih->custom_file_table[0].size = 0x1000;
}

void fx_core_info(struct prtos_core_info *ci)
{
	ci->magic = PRTOS_CORE_MAGIC;
	ci->abi_version = PRTOS_ABI_VERSION_WORD;
	ci->config_version = PRTOS_CONFIG_VERSION;
	ci->config_size = sizeof(struct prtos_config);
	ci->boot_entry = FX_HYP_START + 0x100;
}

struct prtos_container_hdr *fx_hdr(unsigned char *c)
{
	return (struct prtos_container_hdr *)c;
}

struct prtos_container_entry *fx_ent(unsigned char *c, prtos_u32_t i)
{
	return (struct prtos_container_entry *)(c + sizeof(struct prtos_container_hdr)) + i;
}

struct prtos_config *fx_cfg(unsigned char *c)
{
	return (struct prtos_config *)(c + fx_ent(c, FX_CONFIG)->offset);
}

struct prtos_core_info *fx_core(unsigned char *c)
{
	return (struct prtos_core_info *)(c + fx_ent(c, FX_CORE)->offset);
}

struct prtos_image_hdr *fx_ih(unsigned char *c, prtos_u32_t entry)
{
	return (struct prtos_image_hdr *)(c + fx_ent(c, entry)->offset + FX_HDR_OFF);
}

static void fx_set(struct prtos_container_entry *e, prtos_u32_t type, prtos_u32_t id,
		   prtos_u32_t file_size, prtos_u32_t load, prtos_u32_t mem)
{
	e->type = type;
	e->id = id;
	e->file_size = file_size;
	e->load_addr = load;
	e->mem_size = mem;
	e->entry = load;
	if (type == PRTOS_ENTRY_PARTITION)
		e->image_hdr = load + FX_HDR_OFF;
	strcpy(e->name, "fixture");
}

static void fx_payloads(unsigned char *c)
{
	prtos_u32_t i;

	fx_core_info(fx_core(c));
	fx_config(fx_cfg(c));
	fx_image_hdr(fx_ih(c, FX_PART0), 0);
	fx_image_hdr(fx_ih(c, FX_PART1), 1);
	for (i = 0; i < FX_CUSTOM_SIZE; i++)
		c[fx_ent(c, FX_CUSTOM)->offset + i] = (unsigned char)i;
}

unsigned char *fx_container(prtos_u32_t *size)
{
	const prtos_u32_t cfg_pages = (sizeof(struct prtos_config) + 4095) / 4096;
	prtos_u32_t total = (6 + cfg_pages) * 4096; /* last page: spare, for fx_append */
	struct prtos_container_hdr *h;
	unsigned char *c = aligned_alloc(4096, total);

	memset(c, 0, total);
	h = fx_hdr(c);
	h->magic = PRTOS_CONTAINER_MAGIC;
	h->version = PRTOS_CONTAINER_VERSION;
	h->abi_version = PRTOS_ABI_VERSION_WORD;
	h->num_entries = FX_NUM;
	h->hdr_size = sizeof(*h) + FX_NUM * sizeof(struct prtos_container_entry);
	h->total_size = total;
	fx_set(fx_ent(c, FX_CORE), PRTOS_ENTRY_CORE, 0, 0x100, FX_HYP_START, 0x2000);
	fx_set(fx_ent(c, FX_CONFIG), PRTOS_ENTRY_CONFIG, 0, sizeof(struct prtos_config), 0,
	       sizeof(struct prtos_config));
	fx_set(fx_ent(c, FX_PART0), PRTOS_ENTRY_PARTITION, 0, FX_IMAGE_FILE, FX_P0_ADDR,
	       FX_IMAGE_MEM);
	fx_set(fx_ent(c, FX_PART1), PRTOS_ENTRY_PARTITION, 1, FX_IMAGE_FILE, FX_P1_ADDR,
	       FX_IMAGE_MEM);
	fx_set(fx_ent(c, FX_CUSTOM), PRTOS_ENTRY_CUSTOM_FILE, 1, FX_CUSTOM_SIZE, FX_P1_DATA,
	       FX_CUSTOM_SIZE);
	fx_ent(c, FX_CORE)->offset = 0x1000;
	fx_ent(c, FX_CONFIG)->offset = 0x2000;
	fx_ent(c, FX_PART0)->offset = (2 + cfg_pages) * 4096;
	fx_ent(c, FX_PART1)->offset = (3 + cfg_pages) * 4096;
	fx_ent(c, FX_CUSTOM)->offset = (4 + cfg_pages) * 4096;
	fx_payloads(c);
	fx_reseal(c);
	*size = total;
	return c;
}

void fx_reseal(unsigned char *c)
{
	struct prtos_container_hdr *h = fx_hdr(c);
	struct prtos_container_entry *e;
	prtos_u32_t i;

	for (i = 0; i < h->num_entries; i++) {
		e = fx_ent(c, i);
		if (e->type == PRTOS_ENTRY_CONFIG && e->file_size == sizeof(struct prtos_config))
			fx_config_seal((struct prtos_config *)(c + e->offset));
		if (e->offset < h->total_size && e->file_size <= h->total_size - e->offset)
			e->checksum = prtos_crc32(0, c + e->offset, e->file_size);
	}
	h->hdr_checksum = 0;
	h->hdr_checksum = prtos_crc32(0, c, h->hdr_size);
}

void fx_drop(unsigned char *c, prtos_u32_t i)
{
	struct prtos_container_hdr *h = fx_hdr(c);

	memmove(fx_ent(c, i), fx_ent(c, i + 1),
		(h->num_entries - i - 1) * sizeof(struct prtos_container_entry));
	h->num_entries--;
	h->hdr_size -= sizeof(struct prtos_container_entry);
	fx_reseal(c);
}

void fx_append(unsigned char *c, const struct prtos_container_entry *tmpl)
{
	struct prtos_container_hdr *h = fx_hdr(c);
	struct prtos_container_entry *e = fx_ent(c, h->num_entries);
	prtos_u32_t spare = h->total_size - 4096;

	*e = *tmpl;
	memcpy(c + spare, c + tmpl->offset, tmpl->file_size);
	e->offset = spare;
	h->num_entries++;
	h->hdr_size += sizeof(struct prtos_container_entry);
	fx_reseal(c);
}
