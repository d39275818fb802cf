/* console_output: printf conversions as BAIL documents them, a 300-character line and a
 * 1000-byte console write arrive whole, sprintf/snprintf terminate their strings. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define LONG_LEN 300
#define BIG_LEN 1000

static int failures;
static char big[BIG_LEN];

static void same(const char *what, const char *got, const char *want)
{
	int ok = !strcmp(got, want);

	printf("[P0] %s: \"%s\"%s\n", what, got, ok ? "" : " FAIL:");
	if (!ok)
		failures++;
}

static void formats(void)
{
	char buf[64];

	printf("[P0] hex: %x\n", 0xabcdef);
	printf("[P0] int min: %d\n", (int)(-2147483647 - 1));
	printf("[P0] s64 min: %lld\n", (long long)(-9223372036854775807LL - 1));
	printf("[P0] u64 max: %llu\n", 18446744073709551615ULL);
	sprintf(buf, "%x|%X|%08x|%5d|%-3c|%s|%u|%i", 0xabcdef, 0xabcdef, 0x1f, 42, 'z', "str",
		4294967295U, -7);
	same("sprintf", buf, "ABCDEF|ABCDEF|0000001F|   42|z  |str|4294967295|-7");
	memset(buf, 'X', sizeof(buf));
	sprintf(buf, "ab");
	same("sprintf terminates", buf, "ab");
	memset(buf, 'X', sizeof(buf));
	printf("[P0] snprintf returns %d\n", snprintf(buf, 8, "%s", "abcdefghij"));
	same("snprintf truncates and terminates", buf, "abcdefg");
}

static void long_line(void)
{
	char line[LONG_LEN + 1];
	int i;

	for (i = 0; i < LONG_LEN; i++)
		line[i] = '0' + i % 10;
	line[LONG_LEN] = '\0';
	printf("[P0] long: %s <end of long line>\n", line);
}

static void big_write(void)
{
	prtos_s32_t r;
	int i;

	memcpy(big, "[P0] big: ", 10);
	for (i = 10; i < BIG_LEN - 1; i++)
		big[i] = 'a' + i % 26;
	big[BIG_LEN - 1] = '\n';
	memcpy(&big[BIG_LEN - 14], "<end of big>", 12);
	r = prtos_write_console(big, BIG_LEN);
	printf("[P0] write_console(%d bytes) returned %d%s\n", BIG_LEN, r,
	       r == BIG_LEN ? "" : " FAIL:");
	if (r != BIG_LEN)
		failures++;
}

void partition_main(void)
{
	formats();
	long_line();
	big_write();
	printf("[P0] %s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
