/*
 * corrupt: single-byte corruptions of a container (bare, or inside a resident_sw image),
 * for the container corruption tests (tests/build/corrupt_container.sh).
 *   corrupt FILE layout                "header HDR TOTAL" (the bytes of the header and
 *                                      entry table, the container's), then "payload OFF
 *                                      SIZE" for each entry, in offset order
 *   corrupt FILE write OFF XOR OUT     OUT: FILE with the container's byte OFF xor XOR
 *   corrupt FILE write-many LIST DIR   the same for each "OFF XOR" line of LIST, into
 *                                      DIR/OFF-XOR (one process for many images)
 *   corrupt FILE sweep FROM TO XOR...  every byte of [FROM, TO) xor each XOR, checked in
 *                                      this process as prtosinspect and the loader check
 *                                      (container_check, then config_check); prints every
 *                                      corruption accepted and a count; exit 1 if any was
 * Offsets count from the container's first byte.
 */
#include <prtos/container.h>
#include <prtos/config_check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "container.h"

static unsigned char *image;
static prtos_u32_t image_size, at; /* at: the container's offset in the image */

static void die(const char *msg)
{
	fprintf(stderr, "corrupt: %s\n", msg);
	exit(2);
}

static void load(const char *path)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET))
		die("cannot read the image");
	image_size = (prtos_u32_t)n;
	image = malloc(image_size);
	if (!image || fread(image, 1, image_size, f) != image_size)
		die("cannot read the image");
	fclose(f);
	if (container_locate(image, image_size, &at))
		die("no container in the image");
}

static prtos_u32_t number(const char *s)
{
	char *end;
	unsigned long v = strtoul(s, &end, 0);

	if (!*s || *end || v > 0xFFFFFFFFUL)
		die("bad number");
	return (prtos_u32_t)v;
}

/* 0 when the container at image + at passes what prtosinspect and the loader check. */
static int refused(void)
{
	const unsigned char *c = image + at;
	struct config_error cerr;

	if (container_check(c, image_size - at, NULL))
		return 1;
	return config_check(container_config(c), &cerr) != 0;
}

static int layout(void)
{
	const unsigned char *c = image + at;
	const struct prtos_container_entry *e, *next;
	prtos_u32_t i, from = 0;

	printf("header %u %u\n", container_hdr(c)->hdr_size, container_hdr(c)->total_size);
	for (;
	     ;) { /* the entries by offset; one per offset (a checked container's do not overlap) */
		next = NULL;
		for (i = 0; (e = container_entry(c, i)) != NULL; i++)
			if (e->offset >= from && (!next || e->offset < next->offset))
				next = e;
		if (!next)
			return 0;
		printf("payload %u %u\n", next->offset, next->file_size);
		from = next->offset + 1;
	}
}

static void write_image(const char *out)
{
	FILE *f = fopen(out, "wb");

	if (!f || fwrite(image, 1, image_size, f) != image_size || fclose(f))
		die("cannot write the image");
}

static int write_one(prtos_u32_t off, prtos_u32_t x, const char *out)
{
	if (off >= image_size - at || !x || x > 0xFF)
		die("offset outside the container, or XOR not 1..255");
	image[at + off] ^= (unsigned char)x;
	write_image(out);
	return 0;
}

static int write_many(const char *list, const char *dir)
{
	char path[4096], a[32], b[32];
	unsigned char saved;
	prtos_u32_t off, x;
	FILE *f = fopen(list, "r");

	if (!f)
		die("cannot read the list");
	while (fscanf(f, "%31s %31s", a, b) == 2) {
		off = number(a);
		x = number(b);
		if (off >= image_size - at || !x || x > 0xFF)
			die("offset outside the container, or XOR not 1..255");
		snprintf(path, sizeof(path), "%s/%u-%u", dir, off, x);
		saved = image[at + off];
		image[at + off] ^= (unsigned char)x;
		write_image(path);
		image[at + off] = saved;
	}
	fclose(f);
	return 0;
}

static int sweep(prtos_u32_t from, prtos_u32_t to, int nx, char **xs)
{
	unsigned long tried = 0, accepted = 0;
	prtos_u32_t off, x;
	int i;

	if (refused())
		die("the image is refused before any corruption");
	if (to > image_size - at || from > to)
		die("range outside the container");
	for (off = from; off < to; off++)
		for (i = 0; i < nx; i++) {
			x = number(xs[i]);
			if (!x || x > 0xFF)
				die("XOR not 1..255");
			image[at + off] ^= (unsigned char)x;
			tried++;
			if (!refused()) {
				printf("accepted: offset 0x%x xor 0x%02x\n", off, x);
				accepted++;
			}
			image[at + off] ^= (unsigned char)x;
		}
	printf("%lu corruptions of %u bytes, %lu accepted\n", tried, to - from, accepted);
	return accepted != 0;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		die("usage: corrupt FILE layout | write OFF XOR OUT | write-many LIST DIR | sweep "
		    "FROM TO XOR...");
	load(argv[1]);
	if (!strcmp(argv[2], "layout") && argc == 3)
		return layout();
	if (!strcmp(argv[2], "write") && argc == 6)
		return write_one(number(argv[3]), number(argv[4]), argv[5]);
	if (!strcmp(argv[2], "write-many") && argc == 5)
		return write_many(argv[3], argv[4]);
	if (!strcmp(argv[2], "sweep") && argc >= 6)
		return sweep(number(argv[3]), number(argv[4]), argc - 5, argv + 5);
	die("usage: corrupt FILE layout | write OFF XOR OUT | write-many LIST DIR | sweep FROM TO "
	    "XOR...");
	return 2;
}
