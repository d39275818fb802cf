/*
 * The core's pure logic at edges that make mutate (tests/mutate/catalogue.txt) found
 * unchecked: each test kills a mutant that test_core.c let survive.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <prtos/hm_log.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hm_status_after_overwrite),
	};

	return cmocka_run_group_tests_name("core_edges", tests, NULL, NULL);
}
