/*
 * libFuzzer harness: arbitrary bytes as a system description, through prtoscc's own
 * pipeline (cc_compile: load and schema-validate, parse, check every rule, seal, the
 * boot's check), then its reports on what compiled. Errors are expected; a crash, a
 * leak, undefined behaviour or prtoscc's "internal error" (its rules accepting what
 * the boot's check refuses) is a defect.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <libxml/parser.h>
#include "diag.h"
#include "prtoscc.h"
#include "report.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fd = -1;	   /* the input, as a file: cc_compile reads a path like prtoscc */
static char path[64];	   /* /proc/self/fd/N */
static FILE *sink;	   /* /dev/null: the reports' output */
static struct cc_model *m; /* as prtoscc's main: on the heap */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fd = memfd_create("fuzz_prtoscc.xml", 0);
	sink = fopen("/dev/null", "w");
	m = malloc(sizeof(*m));
	if (fd < 0 || !sink || !m)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	diag_set_quiet(1);
	return 0;
}

static void write_input(const uint8_t *data, size_t size)
{
	if (ftruncate(fd, 0) || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
}

/* What prtoscc prints on a compiled system: every report, and the blob's listing. */
static void reports(const struct cc_model *model)
{
	plan_svg(sink, &model->cf);
	summary_print(sink, model);
	budget_print(sink, &model->cf);
	dump_config(sink, &model->cf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	write_input(data, size);
	diag_reset();
	if (!cc_compile(path, m))
		reports(m);
	else if (m->cf.signature == PRTOS_CONFIG_SIGNATURE)
		abort(); /* sealed, so every rule passed: the boot's check refused it */
	return 0;
}
