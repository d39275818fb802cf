/*
 * The first boot of this program finds an HM log in its memory block that a cold
 * reset left: it is dropped (a warm one is kept: kernel_part's test_warm_log). Its
 * own program, because the core's state is set up once per process.
 */
#include "kfix.h"

#define N(name) PRTOS_HC_NR(name)

static int setup(void **state)
{
	const struct kfix_damage d = {.cold_hm_log = 3};

	(void)state;
	assert_int_equal(kfix_boot(&d), HOST_STARTED);
	host_tick();
	return 0;
}

static void test_cold_log_dropped(void **state)
{
	prtos_hm_status_t *st = kfix_bufp(0);
	prtos_sys_status_t *sys = kfix_bufp(64);

	(void)state;
	assert_int_equal(kfix_current(), KF_SUPER);
	assert_int_equal(HC1(N(hm_status), kfix_buf(0)), PRTOS_OK);
	assert_int_equal(st->num_of_events, 0);
	assert_int_equal(HC1(N(get_system_status), kfix_buf(64)), PRTOS_OK);
	assert_int_equal(sys->reset_counter, 0); /* no warm reset survived */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cold_log_dropped),
	};

	return cmocka_run_group_tests_name("kernel_coldlog", tests, setup, NULL);
}
