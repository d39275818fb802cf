/*
 * Writes the container seeds of fuzz_container (make -C tests/fuzz seeds): the unit
 * tests' fixture container, bare and behind a 4 KiB stand-in for the loader, as a
 * resident_sw image holds it. Kept in corpus/container/ with a packed example's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test_container_fixture.h"

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

int main(int argc, char **argv)
{
	static unsigned char loader[4096];
	char path[4096];
	prtos_u32_t size;
	unsigned char *c = fx_container(&size);

	if (argc != 2)
		return 2;
	memset(loader, 0x90, sizeof(loader));
	snprintf(path, sizeof(path), "%s/fixture.bin", argv[1]);
	put(path, loader, 0, c, size);
	snprintf(path, sizeof(path), "%s/fixture-image.bin", argv[1]);
	put(path, loader, sizeof(loader), c, size);
	free(c);
	return 0;
}
