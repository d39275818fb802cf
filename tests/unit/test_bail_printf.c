/* Host tests of BAIL's printf family and its line-buffered console. */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "bail_internal.h"

/* The string and stdlib suite lives in test_bail_string.c. */
int bail_test_run_string_suite(void);

#define MAX_WRITES 16

/* Every bail_console_write call, captured. */
static struct {
	int n;
	int len[MAX_WRITES];
	char data[MAX_WRITES][512];
} cap;

void bail_console_write(const char *buf, int len)
{
	assert_true(len > 0 && len <= 512);
	assert_true(cap.n < MAX_WRITES);
	memcpy(cap.data[cap.n], buf, (size_t)len);
	cap.data[cap.n][len] = '\0';
	cap.len[cap.n++] = len;
}

#if BAIL_MAX_VCPUS > 1
/* The vCPU printf believes it runs on (the runtime finds it from the stack). */
static unsigned int vcpu_now;

unsigned int bail_vcpu_index(void)
{
	return vcpu_now;
}
#endif

static int reset_console(void **state)
{
	(void)state;
	bail_console_flush();
	memset(&cap, 0, sizeof(cap));
	return 0;
}

/* Formats with snprintf into a large buffer and compares. */
static void check_fmt(const char *want, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	memset(buf, 'Z', sizeof(buf));
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	assert_string_equal(buf, want);
	assert_int_equal(n, (int)strlen(want));
}

/* Keeps the compiler from seeing a NULL %s argument. */
static const char *volatile null_str;

static void test_decimal(void **state)
{
	(void)state;
	check_fmt("0", "%d", 0);
	check_fmt("42 -42", "%d %i", 42, -42);
	check_fmt("-2147483648", "%d", INT_MIN);
	check_fmt("2147483647", "%d", INT_MAX);
	check_fmt("4294967295", "%u", UINT_MAX);
	check_fmt("0", "%u", 0u);
	check_fmt("+5 -5  5", "%+d %+d % d", 5, -5, 5);
	check_fmt("x=12 y=-3;", "x=%d y=%d;", 12, -3);
}

static void test_hex_octal(void **state)
{
	(void)state;
	check_fmt("DEADBEEF", "%x", 0xdeadbeefu);
	check_fmt("DEADBEEF", "%X", 0xdeadbeefu);
	check_fmt("0", "%x", 0u);
	check_fmt("FFFFFFFF", "%x", UINT_MAX);
	check_fmt("0xAB 0XAB 0", "%#x %#X %#x", 0xabu, 0xabu, 0u);
	check_fmt("17 017 0", "%o %#o %o", 15u, 15u, 0u);
	check_fmt("0x0", "%p", (void *)NULL);
	check_fmt("0x12AB", "%p", (void *)0x12ab);
}

static void test_long_long(void **state)
{
	(void)state;
	check_fmt("18446744073709551615", "%llu", ULLONG_MAX);
	check_fmt("-9223372036854775808", "%lld", LLONG_MIN);
	check_fmt("9223372036854775807", "%lld", LLONG_MAX);
	check_fmt("-1234567890123", "%lld", -1234567890123LL);
	check_fmt("123456789ABCDEF0", "%llx", 0x123456789abcdef0ULL);
	check_fmt("FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
	check_fmt("1777777777777777777777", "%llo", ULLONG_MAX);
	check_fmt("4294967296", "%llu", 1ULL << 32);
	check_fmt("-1 4294967295", "%ld %lu", -1L, 4294967295UL);
	check_fmt("0000000100000000", "%016llX", 1ULL << 32);
}

static void test_width(void **state)
{
	(void)state;
	check_fmt("   42", "%5d", 42);
	check_fmt("42   |", "%-5d|", 42);
	check_fmt("00042", "%05d", 42);
	check_fmt("-0042", "%05d", -42);
	check_fmt("-42  |", "%-05d|", -42);
	check_fmt("000000FF", "%08x", 0xffu);
	check_fmt("00000", "%05d", 0);
	check_fmt("12345", "%3d", 12345);
	check_fmt("  007", "%5.3d", 7);
	check_fmt("  007", "%05.3d", 7);
	check_fmt("-007", "%.3d", -7);
	check_fmt("|", "%.0d|", 0);
	check_fmt("   42|42   |", "%*d|%-*d|", 5, 42, 5, 42);
	check_fmt("42   |", "%*d|", -5, 42);
	check_fmt("-2147483648", "%011d", INT_MIN);
	check_fmt("-02147483648", "%012d", INT_MIN);
	check_fmt("  0x1F", "%6p", (void *)0x1f);
}

static void test_str_char(void **state)
{
	(void)state;
	check_fmt("hello", "%s", "hello");
	check_fmt("(null)", "%s", null_str);
	check_fmt("     hi|hi     |", "%7s|%-7s|", "hi", "hi");
	check_fmt("abc", "%.3s", "abcdef");
	check_fmt("  abc", "%5.3s", "abcdef");
	check_fmt("", "%s", "");
	check_fmt("x", "%c", 'x');
	check_fmt("  x|x  |", "%3c|%-3c|", 'x', 'x');
	check_fmt("100%", "%d%%", 100);
}

static void test_modifiers_and_unknown(void **state)
{
	(void)state;
	check_fmt("44 4464", "%hhd %hd", 300, 70000);
	check_fmt("255 65535", "%hhu %hu", -1, -1);
	check_fmt("12345", "%zu", (size_t)12345);
	check_fmt("%q", "%q");
	check_fmt("abc%", "abc%");
}

static void test_snprintf_truncation(void **state)
{
	char buf[16];
	(void)state;

	memset(buf, 'X', sizeof(buf));
	assert_int_equal(snprintf(buf, 6, "hello %s", "world"), 11);
	assert_string_equal(buf, "hello");
	assert_int_equal(buf[6], 'X');
	assert_int_equal(snprintf(buf, 1, "abc"), 3);
	assert_int_equal(buf[0], '\0');
	memset(buf, 'X', sizeof(buf));
	assert_int_equal(snprintf(buf, 0, "abc"), 3);
	assert_int_equal(buf[0], 'X');
	assert_int_equal(snprintf(NULL, 0, "%d", 12345), 5);
	assert_int_equal(snprintf(buf, 4, "abc"), 3);
	assert_string_equal(buf, "abc");
	assert_int_equal(snprintf(buf, 4, "%05d", 7), 5);
	assert_string_equal(buf, "000");
}

static void test_sprintf(void **state)
{
	char buf[32];
	(void)state;

	memset(buf, 'X', sizeof(buf));
	assert_int_equal(sprintf(buf, "%s=%d", "n", -7), 4);
	assert_string_equal(buf, "n=-7");
	memset(buf, 'X', sizeof(buf));
	assert_int_equal(sprintf(buf, "%s", ""), 0);
	assert_int_equal(buf[0], '\0');
}

static int call_vsprintf(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	return n;
}

static int call_vprintf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

static void test_vsprintf(void **state)
{
	char buf[32];
	(void)state;

	assert_int_equal(call_vsprintf(buf, "%u-%X", 3u, 0xau), 3);
	assert_string_equal(buf, "3-A");
}

static void test_console_one_write_per_line(void **state)
{
	(void)state;
	assert_int_equal(printf("a\nbc\n"), 5);
	assert_int_equal(cap.n, 2);
	assert_string_equal(cap.data[0], "a\n");
	assert_string_equal(cap.data[1], "bc\n");
	assert_int_equal(printf("x=%d", 5), 3);
	assert_int_equal(call_vprintf(" y=%s", "z"), 4);
	assert_int_equal(cap.n, 2);
	printf("!\n");
	assert_int_equal(cap.n, 3);
	assert_string_equal(cap.data[2], "x=5 y=z!\n");
	assert_int_equal(cap.len[2], 9);
}

static void test_console_putchar(void **state)
{
	(void)state;
	assert_int_equal(putchar('o'), 'o');
	assert_int_equal(putchar(0x1ff), 0xff);
	printf("k");
	assert_int_equal(cap.n, 0);
	putchar('\n');
	assert_int_equal(cap.n, 1);
	assert_int_equal(cap.len[0], 4);
	assert_memory_equal(cap.data[0], "o\xffk\n", 4);
}

static void test_console_long_line(void **state)
{
	char big[601];
	char joined[700] = "";
	int i;
	(void)state;

	for (i = 0; i < 600; i++)
		big[i] = (char)('a' + i % 26);
	big[600] = '\0';
	assert_int_equal(printf("%s\n", big), 601);
	assert_int_equal(cap.n, 3);
	assert_int_equal(cap.len[0], 256);
	assert_int_equal(cap.len[1], 256);
	assert_int_equal(cap.len[2], 89);
	for (i = 0; i < cap.n; i++)
		strcat(joined, cap.data[i]);
	big[600] = '\n';
	assert_memory_equal(joined, big, 601);
	assert_int_equal(joined[601], '\0');
}

static void test_console_exact_buffer(void **state)
{
	char line[257];
	(void)state;

	memset(line, '=', 256);
	line[256] = '\0';
	printf("%s", line);
	assert_int_equal(cap.n, 1);
	assert_int_equal(cap.len[0], 256);
	printf("\n");
	assert_int_equal(cap.n, 2);
	assert_string_equal(cap.data[1], "\n");
}

static void test_console_flush(void **state)
{
	(void)state;
	printf("partial");
	assert_int_equal(cap.n, 0);
	bail_console_flush();
	assert_int_equal(cap.n, 1);
	assert_string_equal(cap.data[0], "partial");
	bail_console_flush();
	assert_int_equal(cap.n, 1);
	printf("next\n");
	assert_int_equal(cap.n, 2);
	assert_string_equal(cap.data[1], "next\n");
}

#if BAIL_MAX_VCPUS > 1
/* Two vCPUs printing at once each get their own lines, never a mix of both. */
static void test_console_line_per_vcpu(void **state)
{
	(void)state;
	vcpu_now = 0;
	printf("zero:");
	vcpu_now = 1;
	printf("one:");
	vcpu_now = 0;
	printf(" 0\n");
	assert_int_equal(cap.n, 1);
	assert_string_equal(cap.data[0], "zero: 0\n");
	vcpu_now = 1;
	printf(" 1\n");
	assert_int_equal(cap.n, 2);
	assert_string_equal(cap.data[1], "one: 1\n");
	vcpu_now = 0;
}
#endif

#define CONSOLE_TEST(t) cmocka_unit_test_setup(t, reset_console)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimal),
		cmocka_unit_test(test_hex_octal),
		cmocka_unit_test(test_long_long),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_str_char),
		cmocka_unit_test(test_modifiers_and_unknown),
		cmocka_unit_test(test_snprintf_truncation),
		cmocka_unit_test(test_sprintf),
		cmocka_unit_test(test_vsprintf),
		CONSOLE_TEST(test_console_one_write_per_line),
		CONSOLE_TEST(test_console_putchar),
		CONSOLE_TEST(test_console_long_line),
		CONSOLE_TEST(test_console_exact_buffer),
		CONSOLE_TEST(test_console_flush),
#if BAIL_MAX_VCPUS > 1
		CONSOLE_TEST(test_console_line_per_vcpu),
#endif
	};
	int failed;

	failed = cmocka_run_group_tests_name("bail_printf", tests, NULL, NULL);
	return failed + bail_test_run_string_suite();
}
