/*
 * The core's pure logic at edges that make mutate (tests/mutate/catalogue.txt) found
 * unchecked: each test kills a mutant that test_core.c let survive.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <prtos/hm_log.h>
#include <prtos/port.h>
#include <prtos/comm.h>

/*
 * Once records were overwritten, the status counts the reader's place from the
 * oldest record kept, not from the first record since boot (hm-ring-status-current).
 */
static void test_hm_status_after_overwrite(void **state)
{
	struct hm_ring r = {4, 0, 0};
	prtos_hm_status_t st;
	int i;

	(void)state;
	for (i = 0; i < 6; i++)
		hm_ring_commit(&r); /* records 2..5 kept */
	hm_ring_status(&r, &st);
	assert_int_equal(st.num_of_events, 6);
	assert_int_equal(st.max_events, 4);
	assert_int_equal(st.current_event, 0); /* at the oldest kept */
	assert_int_equal(hm_ring_read(&r), 2);
	hm_ring_status(&r, &st);
	assert_int_equal(st.current_event, 1);
	assert_int_equal(hm_ring_seek(&r, 0, PRTOS_HM_SEEK_END), 0);
	hm_ring_status(&r, &st);
	assert_int_equal(st.current_event, 4); /* past the last of the four kept */
}

/*
 * A source port never reports its message consumed, even when the sequence numbers
 * happen to match (a source port reads nothing: sampling-source-consumed).
 */
static void test_source_never_consumed(void **state)
{
	(void)state;
	assert_int_equal(port_sampling_flags(4, 0, 0, 0), PRTOS_COMM_NEW_MSG);
	assert_int_equal(port_sampling_flags(4, 7, 7, 0), PRTOS_COMM_NEW_MSG);
	assert_int_equal(port_sampling_flags(4, 7, 7, 1), PRTOS_COMM_CONSUMED_MSG);
	assert_int_equal(port_sampling_flags(0, 7, 7, 0), PRTOS_COMM_EMPTY_PORT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hm_status_after_overwrite),
		cmocka_unit_test(test_source_never_consumed),
	};

	return cmocka_run_group_tests_name("core_edges", tests, NULL, NULL);
}
