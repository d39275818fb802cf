/*
 * tamper: damages a resident_sw image on purpose, for the loader's negative tests.
 *   tamper FILE flip TYPE ID          flip one byte in the middle of an entry's payload
 *   tamper FILE config-version V      re-seal the configuration with version V, as if
 *                                     it had been compiled for another core
 *   tamper FILE area I start|mapped A set area I's physical start or mappedAt to A,
 *                                     and re-seal everything (a forged configuration)
 *   tamper FILE io I BASE N           set I/O port range I to N ports from BASE, re-sealed
 *   tamper FILE memblock I START      move memory block I to START, re-sealed
 *   tamper FILE name P TEXT           set partition P's name to TEXT ("\n" is a newline)
 */
#include <prtos/container.h>
#include <prtos/config_blob.h>
#include <prtos/crc32.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "container.h"

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
	cfg->checksum = prtos_crc32(0, cfg, cfg->size);
	e->checksum = prtos_crc32(0, cfg, e->file_size);
	reseal_header(h);
}

static void set_config_version(struct prtos_container_hdr *h, prtos_u32_t version)
{
	config_of(h)->version = version;
	reseal(h);
}

static void set_area(struct prtos_container_hdr *h, char **argv)
{
	struct prtos_config *cfg = config_of(h);
	prtos_u32_t i = (prtos_u32_t)strtoul(argv[0], NULL, 0);
	prtos_u32_t addr = (prtos_u32_t)strtoul(argv[2], NULL, 0);

	if (i >= cfg->num_areas)
		die("no such area");
	if (!strcmp(argv[1], "start"))
		cfg->areas[i].start = addr;
	else if (!strcmp(argv[1], "mapped"))
		cfg->areas[i].mapped_at = addr;
	else
		die("area field is start or mapped");
	reseal(h);
}

static void set_io_range(struct prtos_container_hdr *h, char **argv)
{
	struct prtos_config *cfg = config_of(h);
	prtos_u32_t i = (prtos_u32_t)strtoul(argv[0], NULL, 0);

	if (i >= cfg->num_io_ranges)
		die("no such I/O port range");
	cfg->io_ranges[i].base = (prtos_u32_t)strtoul(argv[1], NULL, 0);
	cfg->io_ranges[i].num_ports = (prtos_u32_t)strtoul(argv[2], NULL, 0);
	reseal(h);
}

static void set_memblock(struct prtos_container_hdr *h, char **argv)
{
	struct prtos_config *cfg = config_of(h);
	prtos_u32_t i = (prtos_u32_t)strtoul(argv[0], NULL, 0);

	if (i >= cfg->devices.num_memblocks)
		die("no such memory block");
	cfg->devices.memblocks[i].start = (prtos_u32_t)strtoul(argv[1], NULL, 0);
	reseal(h);
}

/* TEXT with each "\n" turned into a newline, as the partition's name. */
static void set_name(struct prtos_container_hdr *h, char **argv)
{
	struct prtos_config *cfg = config_of(h);
	prtos_u32_t p = (prtos_u32_t)strtoul(argv[0], NULL, 0), n = 0;
	const char *s;

	if (p >= cfg->num_partitions)
		die("no such partition");
	for (s = argv[1]; *s && n + 1 < sizeof(cfg->partitions[p].name); s++)
		cfg->partitions[p].name[n++] = (s[0] == '\\' && s[1] == 'n') ? (s++, '\n') : *s;
	cfg->partitions[p].name[n] = '\0';
	reseal(h);
}

int main(int argc, char **argv)
{
	struct prtos_container_hdr *h;
	struct prtos_container_entry *e;
	prtos_u32_t offset;

	if (argc < 4)
		die("usage: tamper FILE flip TYPE ID | config-version V | area I start|mapped A | "
		    "io I BASE N | memblock I START | name P TEXT");
	load(argv[1]);
	if (container_locate(image, (prtos_u32_t)image_size, &offset))
		die("no container in the image");
	h = (struct prtos_container_hdr *)(image + offset);
	if (!strcmp(argv[2], "flip") && argc == 5) {
		e = find(h, (prtos_u32_t)strtoul(argv[3], NULL, 0),
			 (prtos_u32_t)strtoul(argv[4], NULL, 0));
		image[offset + e->offset + e->file_size / 2] ^= 0xFF;
	} else if (!strcmp(argv[2], "config-version")) {
		set_config_version(h, (prtos_u32_t)strtoul(argv[3], NULL, 0));
	} else if (!strcmp(argv[2], "area") && argc == 6) {
		set_area(h, argv + 3);
	} else if (!strcmp(argv[2], "io") && argc == 6) {
		set_io_range(h, argv + 3);
	} else if (!strcmp(argv[2], "memblock") && argc == 5) {
		set_memblock(h, argv + 3);
	} else if (!strcmp(argv[2], "name") && argc == 5) {
		set_name(h, argv + 3);
	} else {
		die("unknown operation");
	}
	save(argv[1]);
	return 0;
}
