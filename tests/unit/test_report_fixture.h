/* Helpers of the report tests: each fails the running cmocka test on error. */
#ifndef TEST_REPORT_FIXTURE_H
#define TEST_REPORT_FIXTURE_H

#include <stddef.h>
#include "prtoscc.h"

#define EXAMPLES PRTOS_TOPDIR "/user/bail/examples"
#define MAX_EXAMPLES 64

/* A compiled model (free() it); the compile must succeed. */
struct cc_model *report_compile_file(const char *path);
struct cc_model *report_compile_text(const char *text);
/* An example's prtos_cf.<arch>.xml, by its folder name. */
struct cc_model *report_compile_example(const char *name);
/* The example folders (those with a Makefile) of this build, sorted, strdup'ed; returns
 * how many. */
unsigned report_examples(char **names);
void report_free_names(char **names, unsigned n);
/* A whole file, NUL-terminated (free() it), or NULL if it cannot be opened. */
char *report_read_file(const char *path, size_t *len);

/* Group setup and teardown: diagnostics counted but not printed; libxml2 freed. */
int report_setup(void **state);
int report_teardown(void **state);

#endif
