/*
 * The console's escaping rules: no partition line can pass for one of the
 * core's, partition output is printable ASCII, and a change of writer in the
 * middle of a line starts a new one.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include <prtos/console.h>

static struct console_state st;
static char out[1024];
static size_t used;

static int setup(void **state)
{
	(void)state;
	st.src = CONSOLE_SRC_CORE;
	st.at_bol = 1;
	st.core_cut = 0;
	used = 0;
	return 0;
}

/* Writes s from src as one write (nothing follows it). */
static void put(prtos_s32_t src, const char *s)
{
	prtos_u32_t taken;

	used += console_filter(&st, src, s, (prtos_u32_t)strlen(s), 0, out + used,
			       (prtos_u32_t)(sizeof(out) - 1 - used), &taken);
	assert_int_equal(taken, strlen(s));
	out[used] = '\0';
}

static void test_reserved_prefixes_escaped(void **state)
{
	(void)state;
	put(1, "[PRTOS] system halted by P1 (Watcher)\n");
	put(1, "PRTOS PANIC: fake\n");
	put(1, "[HM] P0 (Victim): event X86_PAGE_FAULT\n");
	assert_string_equal(out, "\\[PRTOS] system halted by P1 (Watcher)\n"
				 "\\PRTOS PANIC: fake\n"
				 "\\[HM] P0 (Victim): event X86_PAGE_FAULT\n");
}

static void test_ordinary_lines_unchanged(void **state)
{
	(void)state;
	put(0, "[P0] Hello World!\n[PRT0] not a prefix\nPRTO\tX\n a [PRTOS] inside\n");
	assert_string_equal(out,
			    "[P0] Hello World!\n[PRT0] not a prefix\nPRTO\tX\n a [PRTOS] inside\n");
}

static void test_core_lines_raw(void **state)
{
	(void)state;
	put(CONSOLE_SRC_CORE, "[PRTOS] P1 halted\n\x1b");
	assert_string_equal(out, "[PRTOS] P1 halted\n\x1b");
}

static void test_control_bytes_escaped(void **state)
{
	(void)state;
	put(2, "a\x1b[2J\rb\x7f\xff\tc\n");
	assert_string_equal(out, "a\\x1B[2J\\x0Db\\x7F\\xFF\tc\n");
}

static void test_writer_change_starts_a_line(void **state)
{
	(void)state;
	put(0, "half a line");
	put(1, "[PRTOS] spoof\n");
	put(1, "partial");
	put(CONSOLE_SRC_CORE, "[PRTOS] real\n");
	assert_string_equal(out, "half a line\n\\[PRTOS] spoof\npartial\n[PRTOS] real\n");
}

static void test_prefix_cut_by_the_end_of_a_write(void **state)
{
	(void)state;
	put(3, "x\n[PR"); /* the next write could complete it */
	put(3, "TOS] split\n");
	assert_string_equal(out, "x\n\\[PRTOS] split\n");
}

static void test_lookahead_across_chunks(void **state)
{
	const char *w = "ok\n[PRTOS] y\n[P0] z\n";

	(void)state;
	prtos_u32_t taken;

	/* The first 5 bytes, with the rest of the write readable as look-ahead. */
	used = console_filter(&st, 4, w, 5, (prtos_u32_t)strlen(w) - 5, out, 100, &taken);
	used += console_filter(&st, 4, w + 5, (prtos_u32_t)strlen(w) - 5, 0, out + used, 100,
			       &taken);
	out[used] = '\0';
	assert_string_equal(out, "ok\n\\[PRTOS] y\n[P0] z\n");
}

/*
 * Escaping makes output larger and slower: a call takes only the input whose
 * work fits the budget (a byte on the slow path counts as 6 plain ones), so a
 * chunk of control bytes costs no more than a chunk of text.
 */
static void test_output_bounded(void **state)
{
	char ctl[64];
	prtos_u32_t taken, len, total = 0;

	(void)state;
	memset(ctl, 0x01, sizeof(ctl));
	while (total < sizeof(ctl)) {
		len = console_filter(&st, 5, ctl + total, (prtos_u32_t)sizeof(ctl) - total, 0, out,
				     70, &taken);
		assert_true(len <= 70);
		assert_true(taken >= 1 && taken <= 70 / 6);
		assert_int_equal(len, 4 * taken);
		total += taken;
	}
	assert_int_equal(total, sizeof(ctl));
}

/* The smallest output room the contract allows still takes a byte, after a writer change. */
static void test_smallest_room_progresses(void **state)
{
	prtos_u32_t taken, len;

	(void)state;
	put(6, "half");
	len = console_filter(&st, 7, "\x01", 1, 0, out, CONSOLE_BYTE_MAX + 1, &taken);
	assert_int_equal(taken, 1);
	assert_int_equal(len, 5); /* "\n" then "\x01" */
	len = console_filter(&st, 7, "[PRTOS", 6, 0, out, CONSOLE_BYTE_MAX + 1, &taken);
	assert_true(taken >= 1 && len <= CONSOLE_BYTE_MAX + 1);
}

/*
 * A core line cut by other writers (a slot end inside an [HM] line) goes on,
 * after theirs, on a line that begins like a core line, whoever wrote between.
 */
static void test_cut_core_line_marked(void **state)
{
	(void)state;
	put(CONSOLE_SRC_CORE, "[HM] P0 (Prober)");
	put(1, "[P1] hello\n[P1] mid");
	put(2, "[P2] x\n");
	put(CONSOLE_SRC_CORE, ": event X86_BREAKPOINT\n");
	put(CONSOLE_SRC_CORE, "[PRTOS] next\n");
	assert_string_equal(out, "[HM] P0 (Prober)\n[P1] hello\n[P1] mid\n[P2] x\n"
				 "[PRTOS] ... : event X86_BREAKPOINT\n[PRTOS] next\n");
}

/* A core line that ended before the other writer began is not marked. */
static void test_whole_core_line_unmarked(void **state)
{
	(void)state;
	put(CONSOLE_SRC_CORE, "[PRTOS] one\n");
	put(1, "[P1] two\n");
	put(CONSOLE_SRC_CORE, "[PRTOS] three\n");
	assert_string_equal(out, "[PRTOS] one\n[P1] two\n[PRTOS] three\n");
}

/*
 * Two processors' core lines (an [HM] line on processor 0, the halt's statistics
 * on processor 1): each begins a line, and the rest of the cut one is marked.
 */
static void test_core_lines_of_two_processors(void **state)
{
	(void)state;
	put(CONSOLE_SRC_CORE_CPU(0), "[HM] P1 vCPU 0 (Hostile): event ");
	put(CONSOLE_SRC_CORE_CPU(1), "[PRTOS] CPU 1: 651 slot");
	put(CONSOLE_SRC_CORE_CPU(0), "X86_BREAKPOINT\n");
	put(CONSOLE_SRC_CORE_CPU(1), " starts\n");
	put(CONSOLE_SRC_CORE_CPU(1), "[PRTOS] halted\n");
	assert_string_equal(out, "[HM] P1 vCPU 0 (Hostile): event \n[PRTOS] CPU 1: 651 slot\n"
				 "[PRTOS] ... X86_BREAKPOINT\n[PRTOS] ...  starts\n"
				 "[PRTOS] halted\n");
}

/* A core line cut and never finished (its vCPU stopped): the next core line is not marked. */
static void test_unfinished_core_line_then_new_line(void **state)
{
	(void)state;
	put(CONSOLE_SRC_CORE_CPU(0), "[HM] P1 vCPU 0 (Hostile): ev");
	put(CONSOLE_SRC_CORE_CPU(1), "[PRTOS] CPU 1: 3 slot starts\n");
	put(CONSOLE_SRC_CORE_CPU(0), "[PRTOS] CPU 0: 4 slot starts\n");
	assert_string_equal(out, "[HM] P1 vCPU 0 (Hostile): ev\n[PRTOS] CPU 1: 3 slot starts\n"
				 "[PRTOS] CPU 0: 4 slot starts\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_reserved_prefixes_escaped, setup),
		cmocka_unit_test_setup(test_ordinary_lines_unchanged, setup),
		cmocka_unit_test_setup(test_core_lines_raw, setup),
		cmocka_unit_test_setup(test_cut_core_line_marked, setup),
		cmocka_unit_test_setup(test_whole_core_line_unmarked, setup),
		cmocka_unit_test_setup(test_core_lines_of_two_processors, setup),
		cmocka_unit_test_setup(test_unfinished_core_line_then_new_line, setup),
		cmocka_unit_test_setup(test_control_bytes_escaped, setup),
		cmocka_unit_test_setup(test_writer_change_starts_a_line, setup),
		cmocka_unit_test_setup(test_prefix_cut_by_the_end_of_a_write, setup),
		cmocka_unit_test_setup(test_lookahead_across_chunks, setup),
		cmocka_unit_test_setup(test_output_bounded, setup),
		cmocka_unit_test_setup(test_smallest_room_progresses, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
