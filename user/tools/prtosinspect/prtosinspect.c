/* prtosinspect: list and check a container, bare or inside a resident_sw image. */
#include "../../loader/container.h"

#include <prtos/config_check.h>
#include <prtos/crc32.h>
#include <prtos/pct.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: prtosinspect FILE\n"
	"\n"
	"List the container in FILE (a bare container, or a resident_sw image: loader\n"
	"followed by a container at a 4 KiB-aligned offset) and check it with the\n"
	"loader's container checker. Prints the header, one line per entry and the\n"
	"configuration summary. Exits 1 if the container is refused.\n"
	"\n"
	"  -h, --help   show this help\n";

static void die(const char *file, const char *msg)
{
	fprintf(stderr, "prtosinspect: %s: %s\n", file, msg);
	exit(1);
}

static unsigned char *read_file(const char *path, prtos_u32_t *size)
{
	unsigned char *buf;
	long len;
	FILE *fp = fopen(path, "rb");

	if (!fp)
		die(path, strerror(errno));
	if (fseek(fp, 0, SEEK_END) || (len = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET))
		die(path, "cannot determine the file size");
	if ((unsigned long)len > 0xFFFFFFFFUL)
		die(path, "file too large");
	buf = malloc(len ? (size_t)len : 1);
	if (!buf)
		die(path, "out of memory");
	if (fread(buf, 1, (size_t)len, fp) != (size_t)len)
		die(path, "read error");
	fclose(fp);
	*size = (prtos_u32_t)len;
	return buf;
}

static void print_version(const char *label, prtos_u32_t v)
{
	printf("  %-13s %u.%u.%u\n", label, PRTOS_GET_VERSION(v), PRTOS_GET_SUBVERSION(v),
	       PRTOS_GET_REVISION(v));
}

static void print_header(const struct prtos_container_hdr *h)
{
	printf("  %-13s 0x%08x\n", "magic", h->magic);
	print_version("version", h->version);
	print_version("abi_version", h->abi_version);
	printf("  %-13s %u\n", "hdr_size", h->hdr_size);
	printf("  %-13s %u\n", "total_size", h->total_size);
	printf("  %-13s %u\n", "num_entries", h->num_entries);
	printf("  %-13s 0x%08x\n", "hdr_checksum", h->hdr_checksum);
}

/* "OK", "BAD", or "OUT" when the payload is not inside the container. */
static const char *entry_crc_status(const unsigned char *base, prtos_u32_t total,
				    const struct prtos_container_entry *e)
{
	if (e->offset > total || e->file_size > total - e->offset)
		return "OUT";
	return prtos_crc32(0, base + e->offset, e->file_size) == e->checksum ? "OK" : "BAD";
}

static void print_entries(const unsigned char *base, prtos_u32_t total)
{
	const struct prtos_container_entry *e;
	char id[16];
	prtos_u32_t i;

	printf("entries:\n  %2s %-9s %-4s %-16s %-10s %-10s %-10s %-10s %-10s %s\n", "#", "type",
	       "id", "name", "offset", "file_size", "load_addr", "mem_size", "entry", "checksum");
	for (i = 0; (e = container_entry(base, i)) != NULL; i++) {
		if (e->type == PRTOS_ENTRY_PARTITION)
			snprintf(id, sizeof(id), "%u", e->id);
		else if (e->type == PRTOS_ENTRY_CUSTOM_FILE)
			snprintf(id, sizeof(id), "%u:%u", e->id, e->index);
		else
			snprintf(id, sizeof(id), "-");
		printf("  %2u %-9s %-4s %-16.16s 0x%08x 0x%08x 0x%08x 0x%08x 0x%08x %s\n", i,
		       container_type_name(e->type), id, e->name, e->offset, e->file_size,
		       e->load_addr, e->mem_size, e->entry, entry_crc_status(base, total, e));
	}
}

static void print_area(const struct prtos_conf_area *a)
{
	printf("      area %-16.16s start 0x%08x size 0x%08x mapped_at 0x%08x flags 0x%x\n",
	       a->name, a->start, a->size, a->mapped_at, a->flags);
}

static void print_config(const struct prtos_config *cfg)
{
	const struct prtos_conf_partition *p;
	prtos_u32_t i, j;

	printf("configuration: \"%.*s\", %u partition(s), %u area(s)\n", PRTOS_SYSTEM_NAME_LEN,
	       cfg->name, cfg->num_partitions, cfg->num_areas);
	printf("  hypervisor start 0x%08x size 0x%08x\n", cfg->hyp.start, cfg->hyp.size);
	for (i = 0; i < cfg->num_partitions; i++) {
		p = &cfg->partitions[i];
		printf("  partition %u \"%.*s\" flags 0x%x%s%s vcpus %u link 0x%08x\n", p->id,
		       PRTOS_NAME_LEN, p->name, p->flags,
		       (p->flags & PRTOS_PART_SYSTEM) ? " system" : "",
		       (p->flags & PRTOS_PART_FP) ? " fp" : "", p->num_vcpus, p->link_addr);
		for (j = 0; j < p->num_areas; j++)
			print_area(&cfg->areas[p->first_area + j]);
	}
}

/*
 * The core's RAM in its area, as the loader and the core will lay it out: its image
 * (code, data, zeroed data, page-rounded), the container copy above it, and the
 * pools the configuration sizes at the area's top. For a checked container.
 */
static void print_core_memory(const unsigned char *base)
{
	const struct prtos_conf_hypervisor *h = &container_config(base)->hyp;
	const struct prtos_container_entry *core = container_find(base, PRTOS_ENTRY_CORE, 0, 0);
	prtos_u32_t copy = container_copy_addr(base), image = copy - core->load_addr;
	prtos_u32_t pools = h->size - h->pools[0].offset, total = container_hdr(base)->total_size;

	printf("core memory: image %u KiB + pools %u KiB = %u KiB; container copy %u KiB at "
	       "0x%08x; hypervisor area %u KiB, %u KiB unused\n",
	       image / 1024, pools / 1024, (image + pools) / 1024, total / 1024, copy,
	       h->size / 1024, (h->pools[0].offset - image - total) / 1024);
}

/* Inspect the container at base; returns the exit status. */
static int inspect(const char *path, const unsigned char *base, prtos_u32_t size)
{
	struct container_error err;
	struct config_error cerr;
	char msg[256], what[CONFIG_CHECK_TEXT_MAX];
	int rc = container_check(base, size, &err);

	if (!rc || rc > CONTAINER_E_TRUNCATED) {
		print_header(container_hdr(base));
		print_entries(base, container_hdr(base)->total_size);
	}
	if (rc) {
		container_error_format(&err, msg, sizeof(msg));
		die(path, msg);
	}
	print_config(container_config(base));
	if (config_check(container_config(base), &cerr)) { /* as the boot would */
		config_error_format(&cerr, what, sizeof(what));
		snprintf(msg, sizeof(msg), "configuration: %s", what);
		die(path, msg);
	}
	print_core_memory(base);
	printf("container OK\n");
	return 0;
}

int main(int argc, char **argv)
{
	prtos_u32_t size, off;
	unsigned char *buf;

	if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		fputs(usage, stdout);
		return 0;
	}
	if (argc != 2 || argv[1][0] == '-') {
		fputs(usage, stderr);
		return 1;
	}
	buf = read_file(argv[1], &size);
	if (container_locate(buf, size, &off))
		die(argv[1], "no container found (no PRTC magic at a 4 KiB-aligned offset)");
	printf("container: %s at offset 0x%x (%u bytes available)\n", argv[1], off, size - off);
	inspect(argv[1], buf + off, size - off);
	free(buf);
	return 0;
}
