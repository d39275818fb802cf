/* Unit tests of prtoscc --summary: the time and size formats, and for every example a
 * memory map that covers each region without holes, HM tables that list every event once,
 * and the schedule, channel and sharing lines a reader looks for. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "report.h"
#include "test_report_fixture.h"

static char *render_summary(const struct cc_model *m)
{
	char *buf = NULL;
	size_t len;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	summary_print(f, m);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void test_format(void **state)
{
	char b[REPORT_TEXT_LEN];

	(void)state;
	assert_string_equal(report_time(b, sizeof(b), 0, 0), "0");
	assert_string_equal(report_time(b, sizeof(b), 999, 0), "999 us");
	assert_string_equal(report_time(b, sizeof(b), 50, 1), "50 \xc2\xb5s");
	assert_string_equal(report_time(b, sizeof(b), 1000, 0), "1 ms");
	assert_string_equal(report_time(b, sizeof(b), 2500, 0), "2.5 ms");
	assert_string_equal(report_time(b, sizeof(b), 1050, 0), "1.05 ms");
	assert_string_equal(report_time(b, sizeof(b), 1000000, 0), "1 s");
	assert_string_equal(report_time(b, sizeof(b), 1250000, 0), "1.25 s");
	assert_string_equal(report_time(b, sizeof(b), 1000500, 0), "1000.5 ms");
	assert_string_equal(report_number(b, sizeof(b), 500, 1000), "0.5");
	assert_string_equal(report_number(b, sizeof(b), 12000, 1000), "12");
	assert_string_equal(report_number(b, sizeof(b), 7, 1), "7");
	assert_string_equal(report_size(b, sizeof(b), 4096), "4 KB");
	assert_string_equal(report_size(b, sizeof(b), 1572864), "1.5 MB");
	assert_string_equal(report_size(b, sizeof(b), 4097), "4097 B");
	assert_string_equal(report_size(b, sizeof(b), 1ULL << 32), "4 GB");
	assert_string_equal(report_size(b, sizeof(b), 421884ULL * 1024), "421884 KB");
	assert_string_equal(report_size(b, sizeof(b), 0), "0 B");
}
static char *section(const char *summary, const char *from)
{
	const char *start = strstr(summary, from), *end;

	if (!start)
		fail_msg("no section \"%s\"", from);
	end = strstr(start, "\n\n");
	return strndup(start, end ? (size_t)(end - start + 1) : strlen(start));
}

/* Every region's lines cover it from start to end, in address order, without holes:
 * gaps are listed as free, and only shared areas overlap. */
static void check_memory_map(const char *map)
{
	const char *line = map;
	unsigned long long region_end = 0, cursor = 0, start, end;
	unsigned regions = 0, lines = 0;
	char kind[8];

	while ((line = strchr(line, '\n')) && *++line) {
		unsigned long long s, e;

		if (sscanf(line, "  %7s region 0x%llx-0x%llx", kind, &s, &e) == 3) {
			assert_true(regions == 0 || cursor == region_end + 1);
			region_end = e;
			cursor = s;
			regions++;
			continue;
		}
		if (sscanf(line, "    0x%llx-0x%llx", &start, &end) != 2)
			continue;
		assert_true(start <= cursor); /* no hole */
		assert_true(end >= start);
		if (end + 1 > cursor)
			cursor = end + 1;
		lines++;
	}
	assert_true(regions > 0);
	assert_true(lines > 0);
	assert_true(cursor == region_end + 1);
}

/* Each HM table lists every event once: single lines count 1, runs "(N events)". */
static void check_hm_tables(const char *hm, unsigned tables)
{
	unsigned named = 0, ev, seen = 0, count;
	const char *line = hm, *runs;

	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++)
		named += prtos_hm_event_name(ev) != NULL;
	while ((line = strchr(line, '\n')) && *++line) {
		if (strncmp(line, "    ", 4))
			continue;
		runs = strstr(line, " events)");
		count = 1;
		if (runs && runs < strchr(line, '\n')) {
			while (runs > line && runs[-1] >= '0' && runs[-1] <= '9')
				runs--;
			count = (unsigned)atoi(runs);
		}
		seen += count;
	}
	assert_int_equal(seen, named * tables);
}

static void test_summary_showcase(void **state)
{
	struct cc_model *m = report_compile_example("showcase");
	char *text = render_summary(m), *map, *sched, *chans, *hm;

	(void)state;
	assert_non_null(strstr(text, "System \"showcase\": 4 partitions, 1 processor, 2 channels"));
	map = section(text, "Memory map");
	check_memory_map(map);
	assert_non_null(strstr(map, "0x01000000-0x013fffff       4 MB  core "));
	assert_non_null(strstr(map, "0x06200000-0x062fffff       1 MB  P2 Rogue"));
	assert_non_null(strstr(map, "free"));
	sched = section(text, "Schedule");
	assert_non_null(strstr(sched, "plan 0 \"main\" (runs from boot): major frame 10 ms, 4 "
				      "slots, busy 10 ms (100%)"));
	assert_non_null(strstr(sched, "      2     5 ms       6 ms       1 ms       P2 Rogue\n"));
	assert_null(strstr(sched, "idle"));
	chans = section(text, "Channels");
	assert_non_null(strstr(chans, "  0 sampling  P0 Sensor:Temperature -> "
				      "P1 Controller:Temperature\n"));
	assert_non_null(strstr(chans, "valid 20 ms"));
	assert_non_null(strstr(chans,
			       "  1 queuing   P1 Controller:Commands -> P3 Monitor:Commands\n"
			       "      8 messages of up to 16 B"));
	hm = section(text, "Health monitor");
	check_hm_tables(hm, 1 + m->cf.num_partitions);
	assert_non_null(strstr(hm, "  partition 2 Rogue\n"));
	assert_non_null(strstr(hm, "    X86_PAGE_FAULT "));
	assert_non_null(strstr(hm, "PARTITION_HALT         log    XML line 50\n"));
	free(map);
	free(sched);
	free(chans);
	free(hm);
	free(text);
	free(m);
}

/* Shared areas name each other; memory blocks say what they hold; idle time in a plan;
 * IPVIs. And every example's memory map and HM tables are whole. */
static void test_summary_examples(void **state)
{
	char *names[MAX_EXAMPLES];
	unsigned n = report_examples(names), i;

	(void)state;
	for (i = 0; i < n; i++) {
		struct cc_model *m = report_compile_example(names[i]);
		char *text = render_summary(m), *map = section(text, "Memory map"),
		     *hm = section(text, "Health monitor");

		check_memory_map(map);
		check_hm_tables(hm, 1 + m->cf.num_partitions);
		if (!strcmp(names[i], "memory_separation")) {
			assert_non_null(strstr(map, "P1 Producer        mailbox          shared "
						    "with P2 Consumer\n"));
			assert_non_null(strstr(map, "P2 Consumer        mailbox          shared "
						    "with P1 Producer\n"));
		}
		if (!strcmp(names[i], "tracing"))
			assert_non_null(strstr(map,
					       "memory block       TraceHyp         hypervisor "
					       "trace\n"));
		if (!strcmp(names[i], "plan_switch"))
			assert_non_null(strstr(text, "      -     4 ms       10 ms      6 ms       "
						     "idle\n"));
		if (!strcmp(names[i], "ipvi"))
			assert_non_null(strstr(text, " -> P1 Listener\n"));
		free(map);
		free(hm);
		free(text);
		free(m);
	}
	report_free_names(names, n);
}

static void test_summary_deterministic(void **state)
{
	struct cc_model *a = report_compile_example("tracing"),
			*b = report_compile_example("tracing");
	char *ta = render_summary(a), *tb = render_summary(b);

	(void)state;
	assert_string_equal(ta, tb);
	free(ta);
	free(tb);
	free(a);
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_summary_showcase),
		cmocka_unit_test(test_summary_examples),
		cmocka_unit_test(test_summary_deterministic),
	};

	return cmocka_run_group_tests_name("summary", tests, report_setup, report_teardown);
}
