/* Host tests of BAIL's <string.h> and <stdlib.h> functions. */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

int bail_test_run_string_suite(void);

static void test_mem(void **state)
{
	unsigned char a[8], b[8] = {1, 2, 3, 4, 5, 6, 7, 8};
	(void)state;

	assert_ptr_equal(memset(a, 0x1ab, sizeof(a)), a);
	assert_int_equal(a[0], 0xab);
	assert_int_equal(a[7], 0xab);
	assert_ptr_equal(memcpy(a, b, 5), a);
	assert_memory_equal(a, "\1\2\3\4\5\xab\xab\xab", 8);
	assert_int_equal(memcmp(a, b, 5), 0);
	assert_true(memcmp(a, b, 6) > 0); /* 0xab > 6: compares unsigned */
	assert_true(memcmp(b, a, 6) < 0);
	assert_int_equal(memcmp(a, b, 0), 0);
	memset(a, 0, 0);
	assert_int_equal(a[0], 1);
}

static void test_memmove(void **state)
{
	char s[16];
	(void)state;

	strcpy(s, "abcdefgh");
	assert_ptr_equal(memmove(s + 2, s, 6), s + 2); /* dst above src */
	assert_string_equal(s, "ababcdef");
	strcpy(s, "abcdefgh");
	assert_ptr_equal(memmove(s, s + 2, 6), s); /* dst below src */
	assert_string_equal(s, "cdefghgh");
	strcpy(s, "abc");
	memmove(s, s, 3);
	assert_string_equal(s, "abc");
	memmove(s + 1, s, 0);
	assert_string_equal(s, "abc");
}

static void test_strlen_cpy_cat(void **state)
{
	char s[16];
	(void)state;

	assert_int_equal(strlen(""), 0);
	assert_int_equal(strlen("hello"), 5);
	assert_ptr_equal(strcpy(s, "ab"), s);
	assert_ptr_equal(strcat(s, "cd"), s);
	assert_string_equal(s, "abcd");
	assert_ptr_equal(strncat(s, "efgh", 2), s);
	assert_string_equal(s, "abcdef");
	strncat(s, "xy", 5);
	assert_string_equal(s, "abcdefxy");
	strncat(s, "zz", 0);
	assert_string_equal(s, "abcdefxy");
}

static void test_strncpy(void **state)
{
	char s[8];
	(void)state;

	memset(s, 'X', sizeof(s));
	assert_ptr_equal(strncpy(s, "ab", 6), s);
	assert_memory_equal(s, "ab\0\0\0\0XX", 8); /* pads with NULs */
	memset(s, 'X', sizeof(s));
	strncpy(s, "abcdef", 3);
	assert_memory_equal(s, "abcXXXXX", 8); /* no NUL when src is long */
}

static void test_strcmp(void **state)
{
	(void)state;
	assert_int_equal(strcmp("abc", "abc"), 0);
	assert_true(strcmp("abc", "abd") < 0);
	assert_true(strcmp("abd", "abc") > 0);
	assert_true(strcmp("ab", "abc") < 0);
	assert_true(strcmp("abc", "ab") > 0);
	assert_true(strcmp("\xff", "a") > 0); /* unsigned char order */
	assert_int_equal(strcmp("", ""), 0);
	assert_int_equal(strncmp("abcX", "abcY", 3), 0);
	assert_true(strncmp("abcX", "abcY", 4) < 0);
	assert_int_equal(strncmp("ab", "ab", 10), 0);
	assert_true(strncmp("ab", "abc", 10) < 0);
	assert_int_equal(strncmp("a", "b", 0), 0);
}

static void test_strchr(void **state)
{
	const char *s = "hello";
	(void)state;

	assert_ptr_equal(strchr(s, 'l'), s + 2);
	assert_ptr_equal(strrchr(s, 'l'), s + 3);
	assert_ptr_equal(strchr(s, 'h'), s);
	assert_ptr_equal(strrchr(s, 'h'), s);
	assert_null(strchr(s, 'z'));
	assert_null(strrchr(s, 'z'));
	assert_ptr_equal(strchr(s, '\0'), s + 5);
	assert_ptr_equal(strrchr(s, '\0'), s + 5);
	assert_ptr_equal(strchr(s, 'e' + 256), s + 1); /* converted to char */
}

static void test_strstr(void **state)
{
	const char *s = "aaabaab";
	(void)state;

	assert_ptr_equal(strstr(s, ""), s);
	assert_string_equal(strstr("", ""), "");
	assert_ptr_equal(strstr(s, "aab"), s + 1);
	assert_ptr_equal(strstr(s, "baab"), s + 3);
	assert_ptr_equal(strstr(s, "b"), s + 3);
	assert_null(strstr(s, "abb"));
	assert_null(strstr("ab", "abc"));
	assert_null(strstr("", "a"));
}

static void test_strtol_bases(void **state)
{
	char *end;
	(void)state;

	assert_int_equal(strtol("  -123xyz", &end, 10), -123);
	assert_string_equal(end, "xyz");
	assert_int_equal(strtol("+42", NULL, 10), 42);
	assert_int_equal(strtol("0x1aF", &end, 16), 0x1af);
	assert_string_equal(end, "");
	assert_int_equal(strtol("1aF", NULL, 16), 0x1af);
	assert_int_equal(strtol("0X10", NULL, 0), 16);
	assert_int_equal(strtol("-0x10", NULL, 0), -16);
	assert_int_equal(strtol("017", NULL, 0), 15);
	assert_int_equal(strtol("017", NULL, 10), 17);
	assert_int_equal(strtol("0", &end, 0), 0);
	assert_string_equal(end, "");
	assert_int_equal(strtol("789", &end, 8), 7);
	assert_string_equal(end, "89");
	assert_int_equal(strtol("1011", NULL, 2), 11);
	assert_int_equal(strtol("zZ", NULL, 36), 1295);
	assert_int_equal(strtol("\t\n 9", NULL, 0), 9);
	/* "0x" with no hex digit after it is the number 0 followed by "x". */
	assert_int_equal(strtol("0xg", &end, 16), 0);
	assert_string_equal(end, "xg");
	assert_int_equal(strtol("0x", &end, 0), 0);
	assert_string_equal(end, "x");
	/* The prefix is only taken for bases 0 and 16. */
	assert_int_equal(strtol("0x1", &end, 10), 0);
	assert_string_equal(end, "x1");
}

static void test_strtol_no_digits(void **state)
{
	const char *s = "  +";
	char *end;
	(void)state;

	assert_int_equal(strtol(s, &end, 10), 0);
	assert_ptr_equal(end, s);
	s = "xyz";
	assert_int_equal(strtol(s, &end, 0), 0);
	assert_ptr_equal(end, s);
	s = "";
	assert_int_equal(strtoul(s, &end, 0), 0);
	assert_ptr_equal(end, s);
	s = "12";
	assert_int_equal(strtol(s, &end, 1), 0); /* invalid base */
	assert_ptr_equal(end, s);
	assert_int_equal(strtoul(s, &end, 37), 0);
	assert_ptr_equal(end, s);
	assert_int_equal(strtol(s, &end, -1), 0);
	assert_ptr_equal(end, s);
}

static void test_strtol_overflow(void **state)
{
	char buf[64];
	char *end;
	(void)state;

	snprintf(buf, sizeof(buf), "%ld", LONG_MAX);
	assert_true(strtol(buf, NULL, 10) == LONG_MAX);
	snprintf(buf, sizeof(buf), "%ld", LONG_MIN);
	assert_true(strtol(buf, NULL, 10) == LONG_MIN);
	/* Out of range clamps (no errno) and still consumes all digits. */
	assert_true(strtol("99999999999999999999999z", &end, 10) == LONG_MAX);
	assert_string_equal(end, "z");
	assert_true(strtol("-99999999999999999999999", &end, 10) == LONG_MIN);
	assert_string_equal(end, "");
	snprintf(buf, sizeof(buf), "%lu", (unsigned long)LONG_MAX + 1);
	assert_true(strtol(buf, NULL, 10) == LONG_MAX);
	snprintf(buf, sizeof(buf), "-%lu", (unsigned long)LONG_MAX + 2);
	assert_true(strtol(buf, NULL, 10) == LONG_MIN);
}

static void test_strtoul(void **state)
{
	char buf[64];
	char *end;
	(void)state;

	assert_true(strtoul("4294967295", NULL, 10) == 4294967295UL);
	assert_true(strtoul("0xFFFFFFFF", NULL, 0) == 0xFFFFFFFFUL);
	snprintf(buf, sizeof(buf), "%lu", ULONG_MAX);
	assert_true(strtoul(buf, NULL, 10) == ULONG_MAX);
	assert_true(strtoul("99999999999999999999999", &end, 0) == ULONG_MAX);
	assert_string_equal(end, "");
	/* A '-' negates the value, as in C. */
	assert_true(strtoul("-1", NULL, 10) == ULONG_MAX);
	assert_true(strtoul("-5", NULL, 10) == ULONG_MAX - 4);
	assert_true(strtoul("-0", NULL, 10) == 0);
	assert_true(strtoul("  077 ", &end, 0) == 63);
	assert_string_equal(end, " ");
}

static void test_atoi(void **state)
{
	(void)state;
	assert_int_equal(atoi("  -123abc"), -123);
	assert_int_equal(atoi("0x10"), 0);
	assert_int_equal(atoi("010"), 10);
	assert_int_equal(atoi(""), 0);
	assert_int_equal(atoi("2147483647"), INT_MAX);
	assert_int_equal(atoi("-2147483648"), INT_MIN);
}

int bail_test_run_string_suite(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mem),
		cmocka_unit_test(test_memmove),
		cmocka_unit_test(test_strlen_cpy_cat),
		cmocka_unit_test(test_strncpy),
		cmocka_unit_test(test_strcmp),
		cmocka_unit_test(test_strchr),
		cmocka_unit_test(test_strstr),
		cmocka_unit_test(test_strtol_bases),
		cmocka_unit_test(test_strtol_no_digits),
		cmocka_unit_test(test_strtol_overflow),
		cmocka_unit_test(test_strtoul),
		cmocka_unit_test(test_atoi),
	};

	return cmocka_run_group_tests_name("bail_string", tests, NULL, NULL);
}
