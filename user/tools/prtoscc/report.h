/* Reports on a compiled configuration for people: the plan timelines as SVG
 * (prtoscc --plan-svg) and a text summary (prtoscc --summary), and their shared
 * formatting of times and sizes. Both are deterministic: the same XML gives the same
 * bytes. */
#ifndef PRTOSCC_REPORT_H
#define PRTOSCC_REPORT_H

#include <stddef.h>
#include <stdio.h>
#include "model.h"

#define REPORT_TEXT_LEN 48

/* "0", "2 ms", "2.5 ms", "750 us", "1.25 s". With utf8, microseconds are "µs". */
const char *report_time(char *buf, size_t len, prtos_u32_t us, int utf8);
/* A number of us in a unit of `unit_us` microseconds (1, 1000, 1000000), trailing zeros
 * dropped: report_number(2500, 1000) is "2.5". */
const char *report_number(char *buf, size_t len, prtos_u32_t us, prtos_u32_t unit_us);
/* "4 KB", "1 MB", "1.5 MB", "4097 B" (powers of 1024, exact only). Size is 64-bit so a
 * whole 4 GiB space fits. */
const char *report_size(char *buf, size_t len, prtos_u64_t bytes);

/* Every processor's plans as an SVG 1.1 timeline (plan_svg.c). */
void plan_svg(FILE *out, const struct prtos_config *cf);
/* Memory map, schedule, channels and HM tables as text (summary.c, summary_mem.c). */
void summary_print(FILE *out, const struct cc_model *m);
void summary_memory(FILE *out, const struct prtos_config *cf);
/* The core's memory budget: its pools, their sizes and places (check_pools.c). */
void budget_print(FILE *out, const struct prtos_config *cf);

/* Write emit(cf) into path through emit_file(), or to stdout for "-". 0, or -1 (reported). */
int report_write(const char *path, void (*emit)(FILE *out, const struct prtos_config *cf),
		 const struct prtos_config *cf);

#endif
