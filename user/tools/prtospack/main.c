/* prtospack: pack the core, the configuration and partition images into a container. */
#include "pack.h"
#include "errmsg.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"usage: prtospack -o OUT --core CORE.elf --config prtos_cf.bin\n"
	"                 --partition ID:IMAGE.elf [--partition ...]\n"
	"                 [--custom ID:INDEX:FILE ...]\n"
	"\n"
	"Pack the hypervisor core, the compiled configuration and one ELF image per\n"
	"configured partition (plus optional custom files) into a container. Every input\n"
	"is checked, and the result is checked again with the loader's container checker\n"
	"before OUT is written.\n"
	"\n"
	"  -o, --output OUT          container to write\n"
	"      --core FILE           hypervisor core ELF (starts with struct prtos_core_info)\n"
	"      --config FILE         configuration blob from prtoscc\n"
	"      --partition ID:FILE   image of partition ID (i386 ELF with .prtos_image_hdr)\n"
	"      --custom ID:INDEX:FILE  custom file INDEX of partition ID\n"
	"  -h, --help                show this help\n";

enum { OPT_CORE = 256, OPT_CONFIG, OPT_PARTITION, OPT_CUSTOM };

static const struct option long_opts[] = {
	{"output", required_argument, NULL, 'o'},
	{"core", required_argument, NULL, OPT_CORE},
	{"config", required_argument, NULL, OPT_CONFIG},
	{"partition", required_argument, NULL, OPT_PARTITION},
	{"custom", required_argument, NULL, OPT_CUSTOM},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

struct args {
	const char *out;
	struct pack_input in;
};

/* Set once the inputs are read: a failed run removes a stale OUT from an earlier run. */
static const char *stale_out;

static void die(const char *file, const char *msg)
{
	if (stale_out)
		unlink(stale_out);
	fprintf(stderr, "prtospack: %s%s%s\n", file ? file : "", file ? ": " : "", msg);
	exit(1);
}

static void read_file(struct pack_file *f)
{
	unsigned char *buf = NULL;
	long size;
	FILE *fp = fopen(f->path, "rb");

	if (!fp)
		die(f->path, strerror(errno));
	if (fseek(fp, 0, SEEK_END) || (size = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET))
		die(f->path, "cannot determine the file size");
	if ((unsigned long)size > PACK_MAX_FILE)
		die(f->path, "file too large");
	buf = malloc(size ? (size_t)size : 1);
	if (!buf)
		die(f->path, "out of memory");
	if (fread(buf, 1, (size_t)size, fp) != (size_t)size)
		die(f->path, "read error");
	fclose(fp);
	f->data = buf;
	f->size = (size_t)size;
}

/* Parse a decimal number followed by `:`; advances *s past the colon. */
static int parse_id(const char **s, prtos_u32_t *v)
{
	char *end;
	unsigned long n;

	if (**s < '0' || **s > '9')
		return -1;
	errno = 0;
	n = strtoul(*s, &end, 10);
	if (errno || *end != ':' || n > 0xFFFFFFFFUL)
		return -1;
	*v = (prtos_u32_t)n;
	*s = end + 1;
	return 0;
}

static void add_partition(struct pack_input *in, const char *arg)
{
	struct pack_part *p = &in->parts[in->num_parts];

	if (in->num_parts == PRTOS_CONTAINER_MAX_ENTRIES)
		die(arg, "too many --partition options");
	if (parse_id(&arg, &p->id) || !*arg)
		die(arg, "--partition wants ID:FILE");
	p->file.path = arg;
	in->num_parts++;
}

static void add_custom(struct pack_input *in, const char *arg)
{
	struct pack_custom *c = &in->customs[in->num_customs];

	if (in->num_customs == PRTOS_CONTAINER_MAX_ENTRIES)
		die(arg, "too many --custom options");
	if (parse_id(&arg, &c->id) || parse_id(&arg, &c->index) || !*arg)
		die(arg, "--custom wants ID:INDEX:FILE");
	c->file.path = arg;
	in->num_customs++;
}

static void parse_args(int argc, char **argv, struct args *a)
{
	int opt;

	while ((opt = getopt_long(argc, argv, "o:h", long_opts, NULL)) != -1) {
		switch (opt) {
		case 'o':
			a->out = optarg;
			break;
		case OPT_CORE:
			a->in.core.path = optarg;
			break;
		case OPT_CONFIG:
			a->in.config.path = optarg;
			break;
		case OPT_PARTITION:
			add_partition(&a->in, optarg);
			break;
		case OPT_CUSTOM:
			add_custom(&a->in, optarg);
			break;
		case 'h':
			fputs(usage, stdout);
			exit(0);
		default:
			fputs(usage, stderr);
			exit(1);
		}
	}
	if (optind != argc)
		die(argv[optind], "unexpected argument (see --help)");
	if (!a->out || !a->in.core.path || !a->in.config.path)
		die(NULL, "-o, --core and --config are required (see --help)");
}

static void read_inputs(struct pack_input *in)
{
	prtos_u32_t i;

	read_file(&in->core);
	read_file(&in->config);
	for (i = 0; i < in->num_parts; i++)
		read_file(&in->parts[i].file);
	for (i = 0; i < in->num_customs; i++)
		read_file(&in->customs[i].file);
}

/* Write the whole container, removing OUT again if anything fails. */
static void write_output(const char *path, const unsigned char *buf, prtos_u32_t size)
{
	FILE *fp = fopen(path, "wb");

	if (!fp)
		die(path, strerror(errno));
	if (fwrite(buf, 1, size, fp) != size || fclose(fp))
		die(path, "write error");
}

int main(int argc, char **argv)
{
	static struct args a;
	char err[ERRMSG_LEN];
	const char *err_file;
	unsigned char *out;
	prtos_u32_t size;

	parse_args(argc, argv, &a);
	read_inputs(&a.in);
	stale_out = a.out;
	if (pack_build(&a.in, &out, &size, &err_file, err))
		die(err_file ? err_file : a.out, err);
	write_output(a.out, out, size);
	free(out);
	return 0;
}
