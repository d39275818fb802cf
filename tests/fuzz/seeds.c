/*
 * Writes the container seeds of fuzz_container (make -C tests/fuzz seeds): the unit
 * tests' fixture container, bare and behind a 4 KiB stand-in for the loader, as a
 * resident_sw image holds it; and a packed container (helloworld's) with its core cut
 * to its first page, which still passes every check, so that most of the fuzzer's
 * changes land on the header, the entries and the configuration.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <prtos/crc32.h>
#include "test_container_fixture.h"

#define PAGE 4096U
#define CORE_KEPT PAGE

static void put(const char *path, const unsigned char *pre, size_t pre_len, const unsigned char *c,
		size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(pre, 1, pre_len, f) != pre_len || fwrite(c, 1, len, f) != len ||
	    fclose(f)) {
		perror(path);
		exit(1);
	}
}

static unsigned char *read_all(const char *path, size_t *len)
{
	static unsigned char buf[1U << 22];
	FILE *f = fopen(path, "rb");

	if (!f || (*len = fread(buf, 1, sizeof(buf), f)) == sizeof(buf) || fclose(f)) {
		perror(path);
		exit(1);
	}
	return buf;
}

/* The container at path with its core's payload cut to CORE_KEPT bytes, resealed. */
static void small_container(const char *path, const char *out)
{
	static unsigned char c[1U << 22];
	size_t len;
	const unsigned char *in = read_all(path, &len);
	struct prtos_container_hdr *h = (struct prtos_container_hdr *)c;
	struct prtos_container_entry *e = (struct prtos_container_entry *)(h + 1);
	prtos_u32_t i, off;

	memcpy(c, in,
	       sizeof(*h) + ((const struct prtos_container_hdr *)in)->num_entries * sizeof(*e));
	off = (h->hdr_size + PAGE - 1) & ~(PAGE - 1);
	for (i = 0; i < h->num_entries; i++) {
		if (e[i].type == PRTOS_ENTRY_CORE && e[i].file_size > CORE_KEPT)
			e[i].file_size = CORE_KEPT;
		memcpy(c + off, in + e[i].offset, e[i].file_size); /* the padding stays zero */
		e[i].offset = off;
		e[i].checksum = prtos_crc32(0, c + off, e[i].file_size);
		off = (off + e[i].file_size + PAGE - 1) & ~(PAGE - 1);
	}
	h->total_size = off;
	h->hdr_checksum = 0;
	h->hdr_checksum = prtos_crc32(0, c, h->hdr_size);
	put(out, c, 0, c, off);
}

int main(int argc, char **argv)
{
	static unsigned char loader[4096];
	char path[4096];
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	if (argc != 3)
		return 2;
	memset(loader, 0x90, sizeof(loader));
	snprintf(path, sizeof(path), "%s/fixture.container", argv[1]);
	put(path, loader, 0, c, size);
	snprintf(path, sizeof(path), "%s/fixture-image.img", argv[1]);
	put(path, loader, sizeof(loader), c, size);
	free(c);
	snprintf(path, sizeof(path), "%s/helloworld-small.container", argv[1]);
	small_container(argv[2], path);
	return 0;
}
