/* prtoscc: the PRTOS configuration compiler (XML system description -> binary blob). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include "diag.h"
#include "prtoscc.h"
#include "report.h"
#include "values.h"

/* MODE_REPORT: --plan-svg, --summary and/or --budget, no blob. */
enum mode { MODE_COMPILE, MODE_CHECK, MODE_LINK_ADDR, MODE_DUMP, MODE_REPORT };

struct options {
	enum mode mode;
	int verbose;
	const char *out;
	const char *input;
	prtos_u32_t part_id;
	const char *svg; /* --plan-svg OUT */
	int summary;
	int budget;
};

static void usage(FILE *f)
{
	fputs("usage: prtoscc [-v] [-o OUT] CONFIG.xml     compile (default OUT: prtos_cf.bin)\n"
	      "       prtoscc --check CONFIG.xml           validate only\n"
	      "       prtoscc --link-addr ID CONFIG.xml    print partition ID's link address\n"
	      "       prtoscc --dump BLOB                  list a compiled blob\n"
	      "       prtoscc --plan-svg OUT CONFIG.xml    draw the plans as an SVG timeline\n"
	      "       prtoscc --summary CONFIG.xml         print memory map, schedule, channels, "
	      "HM\n"
	      "       prtoscc --budget CONFIG.xml          print the core's memory pools\n"
	      "Errors are reported as file:line: message; exit status 1 on any error.\n"
	      "  -o, --output OUT   write the blob to OUT (nothing is written on error)\n"
	      "  -v, --verbose      print a summary on stdout\n"
	      "  -h, --help         this help\n",
	      f);
}

static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {{"output", required_argument, NULL, 'o'},
						 {"verbose", no_argument, NULL, 'v'},
						 {"check", no_argument, NULL, 'c'},
						 {"link-addr", required_argument, NULL, 'l'},
						 {"dump", no_argument, NULL, 'd'},
						 {"plan-svg", required_argument, NULL, 'p'},
						 {"summary", no_argument, NULL, 's'},
						 {"budget", no_argument, NULL, 'b'},
						 {"help", no_argument, NULL, 'h'},
						 {NULL, 0, NULL, 0}};
	int c;

	while ((c = getopt_long(argc, argv, "o:vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			o->out = optarg;
			break;
		case 'v':
			o->verbose = 1;
			break;
		case 'c':
			o->mode = MODE_CHECK;
			break;
		case 'd':
			o->mode = MODE_DUMP;
			break;
		case 'p':
			o->mode = MODE_REPORT;
			o->svg = optarg;
			break;
		case 's':
			o->mode = MODE_REPORT;
			o->summary = 1;
			break;
		case 'b':
			o->mode = MODE_REPORT;
			o->budget = 1;
			break;
		case 'l':
			o->mode = MODE_LINK_ADDR;
			if (val_num(optarg, &o->part_id)) {
				fprintf(stderr, "prtoscc: bad partition id \"%s\"\n", optarg);
				return -1;
			}
			break;
		case 'h':
			usage(stdout);
			exit(0);
		default:
			return -1;
		}
	}
	if (optind != argc - 1)
		return -1;
	o->input = argv[optind];
	return 0;
}

static int do_dump(const char *path)
{
	struct prtos_config *cf = calloc(1, sizeof(*cf));
	int ret = 1;

	if (!cf)
		return 1;
	if (!emit_read(path, cf)) {
		dump_config(stdout, cf);
		ret = 0;
	}
	free(cf);
	return ret;
}

/* --plan-svg, --summary and --budget, in that order when several are given. */
static int do_reports(const struct options *o, const struct cc_model *m)
{
	if (o->svg && report_write(o->svg, plan_svg, &m->cf))
		return 1;
	if (o->summary)
		summary_print(stdout, m);
	if (o->budget)
		budget_print(stdout, &m->cf);
	return fflush(stdout) ? 1 : 0;
}

static int do_result(const struct options *o, const struct cc_model *m)
{
	const struct prtos_config *cf = &m->cf;

	switch (o->mode) {
	case MODE_LINK_ADDR:
		if (o->part_id >= cf->num_partitions) {
			fprintf(stderr, "%s: no partition %u\n", o->input, o->part_id);
			return 1;
		}
		printf("0x%08x\n", cf->partitions[o->part_id].link_addr);
		return 0;
	case MODE_COMPILE:
		if (emit_write(cf, o->out))
			return 1;
		if (o->verbose)
			printf("%s: %u partitions, %u slots, %u channels, %zu bytes, crc 0x%08x, "
			       "core pools %u KiB\n",
			       o->out, cf->num_partitions, cf->num_slots, cf->num_channels,
			       sizeof(*cf), cf->checksum,
			       (cf->hyp.size - cf->hyp.pools[0].offset) / 1024);
		return 0;
	case MODE_REPORT:
		return do_reports(o, m);
	default:
		if (o->verbose)
			printf("%s: ok (%u warnings)\n", o->input, diag_warnings());
		return 0;
	}
}

int main(int argc, char **argv)
{
	struct options o = {MODE_COMPILE, 0, "prtos_cf.bin", NULL, 0, NULL, 0, 0};
	struct cc_model *m;
	int ret = 1;

	if (parse_args(argc, argv, &o)) {
		usage(stderr);
		return 1;
	}
	if (o.mode == MODE_DUMP)
		return do_dump(o.input);
	m = malloc(sizeof(*m));
	if (!m)
		return 1;
	if (!cc_compile(o.input, m))
		ret = do_result(&o, m);
	free(m);
	xmlCleanupParser();
	return ret;
}
