/* prtostrace: a trace export capture and its system's configuration in, trace JSON out. */
#include "prtostrace.h"
#include <prtos/config_check.h>
#include <prtos/crc32.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: prtostrace [-v] [-o OUT.json] -c prtos_cf.bin CAPTURE\n"
	"\n"
	"Turn CAPTURE, the bytes a core built with the trace export (Kconfig\n"
	"TRACE_EXPORT) wrote to its second UART, into Chrome trace-event JSON that\n"
	"Perfetto (ui.perfetto.dev) and chrome://tracing open: a track for the core\n"
	"and one for each partition, a span for each slot, an instant for each\n"
	"interrupt, hypercall, vCPU switch, HM event and partition trace event.\n"
	"prtos_cf.bin is the compiled configuration of the system that ran (partition\n"
	"names); it must be the one the capture says it ran.\n"
	"\n"
	"  -c FILE      the system's compiled configuration (prtos_cf.bin)\n"
	"  -o FILE      write the JSON to FILE (default: standard output)\n"
	"  -v           print a summary line (on standard error when the JSON goes\n"
	"               to standard output)\n"
	"  -h, --help   show this help\n";

static void die(const char *file, const char *msg)
{
	fprintf(stderr, "prtostrace: %s: %s\n", file, msg);
	exit(1);
}

static void *read_file(const char *path, size_t *size)
{
	FILE *fp = fopen(path, "rb");
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap), *grown;

	if (!fp)
		die(path, strerror(errno));
	while (buf) {
		n += fread(buf + n, 1, cap - n, fp);
		if (n < cap)
			break;
		cap *= 2;
		grown = realloc(buf, cap);
		if (!grown)
			free(buf);
		buf = grown;
	}
	if (!buf)
		die(path, "out of memory");
	if (ferror(fp))
		die(path, "read error");
	fclose(fp);
	*size = n;
	return buf;
}

/* The configuration in path, if it is whole and the boot would accept it. */
static const struct prtos_config *config_load(const char *path)
{
	struct prtos_config *cfg, copy;
	struct config_error cerr;
	char msg[CONFIG_CHECK_TEXT_MAX + 32];
	size_t size;

	cfg = read_file(path, &size);
	if (size != sizeof(*cfg) || cfg->signature != PRTOS_CONFIG_SIGNATURE ||
	    cfg->size != sizeof(*cfg))
		die(path, "not a configuration blob of this PRTOS build (prtoscc output, same "
			  "Kconfig limits)");
	copy = *cfg;
	copy.checksum = 0;
	if (prtos_crc32(0, &copy, sizeof(copy)) != cfg->checksum)
		die(path, "configuration checksum mismatch");
	if (config_check(cfg, &cerr)) {
		config_error_format(&cerr, msg, sizeof(msg));
		die(path, msg);
	}
	return cfg;
}

int main(int argc, char **argv)
{
	static const struct option longs[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
	const char *cfg_path = NULL, *out_path = NULL;
	const struct prtos_config *cfg;
	struct tr_capture c;
	struct tr_counts n;
	char err[160];
	int opt, verbose = 0;
	void *data;
	size_t len;
	FILE *out = stdout;

	while ((opt = getopt_long(argc, argv, "c:o:vh", longs, NULL)) != -1) {
		switch (opt) {
		case 'c':
			cfg_path = optarg;
			break;
		case 'o':
			out_path = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			fputs(usage, stderr);
			return 2;
		}
	}
	if (!cfg_path || optind != argc - 1) {
		fputs(usage, stderr);
		return 2;
	}
	cfg = config_load(cfg_path);
	data = read_file(argv[optind], &len);
	if (tr_capture_read(&c, data, len, err, sizeof(err)))
		die(argv[optind], err);
	if (c.config_checksum != cfg->checksum) {
		snprintf(err, sizeof(err),
			 "the system that ran had configuration checksum 0x%08x, %s has 0x%08x",
			 c.config_checksum, cfg_path, cfg->checksum);
		die(argv[optind], err);
	}
	if (out_path && !(out = fopen(out_path, "w")))
		die(out_path, strerror(errno));
	n = tr_write_json(out, &c, cfg);
	if (fflush(out) || ferror(out) || (out != stdout && fclose(out)))
		die(out_path ? out_path : "standard output", "write error");
	if (c.lost || c.bad_frames || c.bad_records)
		fprintf(stderr,
			"prtostrace: %s: warning: %u frames lost, %u broken frames, %u bad "
			"records\n",
			argv[optind], c.lost, c.bad_frames, c.bad_records);
	if (verbose) /* on standard output unless the JSON goes there */
		fprintf(out_path ? stdout : stderr,
			"prtostrace: %s: %zu records, %u boot(s): %u slot spans, %u instants; "
			"%u frames lost, %zu bytes skipped\n",
			cfg->name, c.num, c.boots, n.spans, n.instants, c.lost, c.garbage);
	tr_capture_free(&c);
	free(data);
	free((void *)cfg);
	return 0;
}
