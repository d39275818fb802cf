/*
 * tamper: damages or forges a resident_sw image on purpose, for the boot's negative
 * tests.
 *   tamper FILE flip TYPE ID          flip one byte in the middle of an entry's payload
 *   tamper FILE FORGERY...            change the compiled configuration as FORGERY says
 *                                     (forge.h: set, hm, name-fill, name, area, io,
 *                                     memblock, config-version, pools), then re-seal every
 *                                     checksum: configuration, its entry, the header
 */
#include <prtos/container.h>
#include <prtos/config_blob.h>
#include <prtos/crc32.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "container.h"
#include "forge.h"

static unsigned char *image;
static long image_size;

static void die(const char *msg)
{
	fprintf(stderr, "tamper: %s\n", msg);
	exit(1);
}

static void load(const char *path)
{
	FILE *f = fopen(path, "rb");

	if (!f || fseek(f, 0, SEEK_END) || (image_size = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET))
		die("cannot read the image");
	image = malloc((size_t)image_size);
	if (!image || fread(image, 1, (size_t)image_size, f) != (size_t)image_size)
		die("cannot read the image");
	fclose(f);
}

static void save(const char *path)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(image, 1, (size_t)image_size, f) != (size_t)image_size || fclose(f))
		die("cannot write the image");
}

static struct prtos_container_entry *find(struct prtos_container_hdr *h, prtos_u32_t type,
					  prtos_u32_t id)
{
	struct prtos_container_entry *e = (struct prtos_container_entry *)(h + 1);
	prtos_u32_t i;

	for (i = 0; i < h->num_entries; i++)
		if (e[i].type == type && (type != PRTOS_ENTRY_PARTITION || e[i].id == id))
			return &e[i];
	die("no such entry");
	return NULL;
}

static void reseal_header(struct prtos_container_hdr *h)
{
	h->hdr_checksum = 0;
	h->hdr_checksum = prtos_crc32(0, h, h->hdr_size);
}

static struct prtos_config *config_of(struct prtos_container_hdr *h)
{
	return (struct prtos_config *)((unsigned char *)h + find(h, PRTOS_ENTRY_CONFIG, 0)->offset);
}

/* Seals the configuration, its container entry and the header again. */
static void reseal(struct prtos_container_hdr *h)
{
	struct prtos_container_entry *e = find(h, PRTOS_ENTRY_CONFIG, 0);
	struct prtos_config *cfg = config_of(h);

	cfg->checksum = 0;
	cfg->checksum = prtos_crc32(0, cfg, e->file_size);
	e->checksum = prtos_crc32(0, cfg, e->file_size);
	reseal_header(h);
}

int main(int argc, char **argv)
{
	struct prtos_container_hdr *h;
	struct prtos_container_entry *e;
	const char *why;
	prtos_u32_t offset;

	if (argc < 3) {
		fprintf(stderr, "usage: tamper FILE flip TYPE ID | tamper FILE FORGERY...\n%s",
			forge_usage);
		return 1;
	}
	load(argv[1]);
	if (container_locate(image, (prtos_u32_t)image_size, &offset))
		die("no container in the image");
	h = (struct prtos_container_hdr *)(image + offset);
	if (!strcmp(argv[2], "flip") && argc == 5) {
		e = find(h, (prtos_u32_t)strtoul(argv[3], NULL, 0),
			 (prtos_u32_t)strtoul(argv[4], NULL, 0));
		image[offset + e->offset + e->file_size / 2] ^= 0xFF;
	} else if (forge_apply(config_of(h), argc - 2, argv + 2, &why)) {
		die(why);
	} else {
		reseal(h);
	}
	save(argv[1]);
	return 0;
}
