/* Unit tests of libprtos's prtos_strerror(), on the host. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <limits.h>
#include <prtos.h>

/* Every status code of <prtos/status.h> has its own name. */
static void test_strerror_names(void **state)
{
	(void)state;
	assert_string_equal(prtos_strerror(PRTOS_OK), "PRTOS_OK");
	assert_string_equal(prtos_strerror(PRTOS_NO_ACTION), "PRTOS_NO_ACTION");
	assert_string_equal(prtos_strerror(PRTOS_UNKNOWN_HYPERCALL), "PRTOS_UNKNOWN_HYPERCALL");
	assert_string_equal(prtos_strerror(PRTOS_INVALID_PARAM), "PRTOS_INVALID_PARAM");
	assert_string_equal(prtos_strerror(PRTOS_PERM_ERROR), "PRTOS_PERM_ERROR");
	assert_string_equal(prtos_strerror(PRTOS_INVALID_CONFIG), "PRTOS_INVALID_CONFIG");
	assert_string_equal(prtos_strerror(PRTOS_INVALID_MODE), "PRTOS_INVALID_MODE");
	assert_string_equal(prtos_strerror(PRTOS_OP_NOT_ALLOWED), "PRTOS_OP_NOT_ALLOWED");
	assert_string_equal(prtos_strerror(PRTOS_MULTICALL_ERROR), "PRTOS_MULTICALL_ERROR");
}

/* A result (a descriptor, a count) is not an error. */
static void test_strerror_positive(void **state)
{
	(void)state;
	assert_string_equal(prtos_strerror(3), "not an error (a count, a descriptor or an id)");
	assert_string_equal(prtos_strerror(INT_MAX),
			    "not an error (a count, a descriptor or an id)");
}

/* Codes past the list, down to the most negative, are named as unknown. */
static void test_strerror_unknown(void **state)
{
	(void)state;
	assert_string_equal(prtos_strerror(PRTOS_MULTICALL_ERROR - 1), "unknown status code");
	assert_string_equal(prtos_strerror(INT_MIN), "unknown status code");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strerror_names),
		cmocka_unit_test(test_strerror_positive),
		cmocka_unit_test(test_strerror_unknown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
