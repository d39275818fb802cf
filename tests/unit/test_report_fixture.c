/* Helpers of the report tests (test_plan_svg.c, test_summary.c): compiling the examples
 * and XML text, listing the examples, reading files. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include "diag.h"
#include "test_report_fixture.h"

struct cc_model *report_compile_file(const char *path)
{
	struct cc_model *m = malloc(sizeof(*m));

	assert_non_null(m);
	diag_reset();
	if (cc_compile(path, m))
		fail_msg("%s does not compile: %s", path, diag_last());
	return m;
}

struct cc_model *report_compile_text(const char *text)
{
	char path[] = "/tmp/prtoscc-report-XXXXXX";
	int fd = mkstemp(path);
	struct cc_model *m;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	m = report_compile_file(path);
	unlink(path);
	return m;
}

struct cc_model *report_compile_example(const char *name)
{
	char path[512];

	snprintf(path, sizeof(path), "%s/%s/prtos_cf.%s.xml", EXAMPLES, name, PRTOS_ARCH);
	return report_compile_file(path);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The smp_* examples name several processors: only an SMP build has them, as in
 * user/bail/examples/Makefile. */
static int example_in_build(const char *name)
{
#ifdef CONFIG_SMP
	(void)name;
	return 1;
#else
	return strncmp(name, "smp_", 4) != 0;
#endif
}

unsigned report_examples(char **names)
{
	DIR *d = opendir(EXAMPLES);
	struct dirent *e;
	char path[512];
	unsigned n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) && n < MAX_EXAMPLES) {
		snprintf(path, sizeof(path), "%s/%s/Makefile", EXAMPLES, e->d_name);
		if (e->d_name[0] != '.' && !access(path, R_OK) && example_in_build(e->d_name))
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(names[0]), name_cmp);
	assert_true(n >= 5);
	return n;
}

void report_free_names(char **names, unsigned n)
{
	while (n)
		free(names[--n]);
}

char *report_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long size;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	buf = malloc((size_t)size + 1);
	assert_non_null(buf);
	*len = fread(buf, 1, (size_t)size, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

int report_setup(void **state)
{
	(void)state;
	diag_set_quiet(1);
	return 0;
}

int report_teardown(void **state)
{
	(void)state;
	xmlCleanupParser();
	return 0;
}
