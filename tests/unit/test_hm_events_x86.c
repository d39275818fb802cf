/* The HM event numbers and names of the ABI, and the x86 event <-> vector mapping (hm_events.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include <prtos/hmdefs.h>
#include <arch/x86.h>

static void test_common_numbers(void **state)
{
	(void)state;
	assert_string_equal(prtos_hm_event_name(PRTOS_HM_EV_FATAL_ERROR), "FATAL_ERROR");
	assert_string_equal(prtos_hm_event_name(PRTOS_HM_EV_MEM_PROTECTION), "MEM_PROTECTION");
	assert_string_equal(prtos_hm_event_name(PRTOS_HM_EV_UNEXPECTED_TRAP), "UNEXPECTED_TRAP");
	assert_string_equal(prtos_hm_event_name(PRTOS_HM_EV_WATCHDOG_TIMER), "WATCHDOG_TIMER");
	assert_int_equal(PRTOS_HM_EV_ARCH_BASE, PRTOS_HM_EV_UNEXPECTED_TRAP + 1);
	assert_int_equal(PRTOS_HM_NUM_EVENTS,
			 PRTOS_HM_NUM_COMMON_EVENTS + PRTOS_HM_ARCH_NUM_EVENTS);
	assert_null(prtos_hm_event_name(PRTOS_HM_NUM_EVENTS));
	assert_null(prtos_hm_event_name(0xFFFFFFFFU));
}

/* The numbers configurations, HM log records and tests were written against. */
static void test_x86_numbers_unchanged(void **state)
{
	(void)state;
	assert_int_equal(PRTOS_HM_EV_X86_DIVIDE_ERROR, 6);
	assert_int_equal(PRTOS_HM_EV_X86_PAGE_FAULT, 20);
	assert_int_equal(PRTOS_HM_EV_X86_X87_FPU_ERROR, 22);
	assert_int_equal(PRTOS_HM_EV_X86_SIMD_FLOATING_POINT, 25);
	assert_int_equal(PRTOS_HM_EV_WATCHDOG_TIMER, 26);
	assert_int_equal(PRTOS_HM_NUM_EVENTS, 27);
	assert_int_equal(PRTOS_HM_MAX_GENERIC_EVENTS, 6);
	assert_int_equal(PRTOS_HM_MAX_EVENTS, 26);
	assert_string_equal(prtos_hm_event_name(PRTOS_HM_EV_X86_PAGE_FAULT), "X86_PAGE_FAULT");
	assert_string_equal(prtos_hm_event_name(PRTOS_HM_EV_X86_X87_FPU_ERROR),
			    "X86_X87_FPU_ERROR");
	assert_null(prtos_hm_event_name(21)); /* vector 15 is reserved */
}

static void test_names_unique(void **state)
{
	unsigned int a, b, named = 0;

	(void)state;
	for (a = 0; a < PRTOS_HM_NUM_EVENTS; a++) {
		if (!prtos_hm_event_name(a))
			continue;
		named++;
		for (b = a + 1; b < PRTOS_HM_NUM_EVENTS; b++)
			if (prtos_hm_event_name(b))
				assert_string_not_equal(prtos_hm_event_name(a),
							prtos_hm_event_name(b));
	}
	assert_int_equal(named, PRTOS_HM_NUM_EVENTS - 1);
}

static void test_vector_to_event(void **state)
{
	prtos_u32_t v, back;

	(void)state;
	for (v = 0; v < 256; v++) {
		prtos_u32_t ev = x86_hm_event(v);

		if (v < 20 && v != 15) {
			assert_int_equal(ev, PRTOS_HM_EV_X86_BASE + v);
			assert_int_equal(x86_hm_vector(ev, &back), 0);
			assert_int_equal(back, v);
		} else {
			assert_int_equal(ev, PRTOS_HM_EV_UNEXPECTED_TRAP);
		}
	}
	assert_int_equal(x86_hm_event(X86_VEC_PAGE_FAULT), PRTOS_HM_EV_X86_PAGE_FAULT);
	assert_int_equal(x86_hm_event(X86_VEC_GENERAL_PROTECTION),
			 PRTOS_HM_EV_X86_GENERAL_PROTECTION);
}

/* Only the arch's own events have a vector: PROPAGATE of anything else is refused. */
static void test_event_to_vector(void **state)
{
	prtos_u32_t ev, v = 99;

	(void)state;
	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS + 4; ev++) {
		int has = prtos_hm_event_is_arch(ev) && ev != 21;

		assert_int_equal(x86_hm_vector(ev, &v) == 0, has);
	}
	assert_int_equal(x86_hm_vector(PRTOS_HM_EV_MEM_PROTECTION, &v), -1);
	assert_int_equal(x86_hm_vector(PRTOS_HM_EV_WATCHDOG_TIMER, &v), -1);
	assert_int_equal(x86_hm_vector(PRTOS_HM_EV_X86_PAGE_FAULT, &v), 0);
	assert_int_equal(v, X86_VEC_PAGE_FAULT);
}

static void test_refaults(void **state)
{
	(void)state;
	assert_true(prtos_hm_arch_event_refaults(PRTOS_HM_EV_X86_PAGE_FAULT));
	assert_true(prtos_hm_arch_event_refaults(PRTOS_HM_EV_X86_DIVIDE_ERROR));
	assert_false(prtos_hm_arch_event_refaults(PRTOS_HM_EV_X86_BREAKPOINT));
	assert_false(prtos_hm_arch_event_refaults(PRTOS_HM_EV_X86_OVERFLOW));
	assert_false(prtos_hm_arch_event_refaults(PRTOS_HM_EV_X86_DEBUG));
	assert_false(prtos_hm_arch_event_refaults(PRTOS_HM_EV_MEM_PROTECTION));
	assert_false(prtos_hm_arch_event_refaults(PRTOS_HM_EV_WATCHDOG_TIMER));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_common_numbers),
		cmocka_unit_test(test_x86_numbers_unchanged),
		cmocka_unit_test(test_names_unique),
		cmocka_unit_test(test_vector_to_event),
		cmocka_unit_test(test_event_to_vector),
		cmocka_unit_test(test_refaults),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
