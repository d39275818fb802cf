/*
 * Code as another bare-metal runtime would have it: <stdint.h>, <stdbool.h>,
 * <stddef.h>, <limits.h>, <ctype.h> and <assert.h> from BAIL. Every check
 * prints its result; a failed assert() ends the partition with its location.
 */
#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include <limits.h>
#include <ctype.h>
#include <assert.h>
#include <stdio.h>

static int failures;

static void check(const char *what, bool ok)
{
	if (!ok)
		failures++;
	printf("[P0] %s: %s\n", what, ok ? "ok" : "WRONG");
}

/* A word's characters by class: digits, letters, spaces, punctuation. */
static void count_classes(const char *s, int n[4])
{
	for (; *s; s++) {
		n[0] += isdigit((unsigned char)*s) != 0;
		n[1] += isalpha((unsigned char)*s) != 0;
		n[2] += isspace((unsigned char)*s) != 0;
		n[3] += ispunct((unsigned char)*s) != 0;
	}
}

void partition_main(void)
{
	int n[4] = {0, 0, 0, 0};
	uint64_t big = UINT64_C(1) << 40;
	bool flag = true;

	check("exact widths", sizeof(int8_t) == 1 && sizeof(uint16_t) == 2 &&
				      sizeof(int32_t) == 4 && sizeof(uint64_t) == 8);
	check("pointer-sized integers",
	      sizeof(uintptr_t) == sizeof(void *) && sizeof(size_t) == sizeof(void *));
	check("limits", INT32_MAX == 2147483647 && INT32_MIN == -INT32_MAX - 1 &&
				UINT8_MAX == 255 && CHAR_BIT == 8 && INT_MAX == INT32_MAX &&
				LLONG_MIN < 0 && ULONG_MAX >= UINT32_MAX);
	check("64-bit arithmetic", big >> 39 == 2 && (int64_t)-big < 0);
	check("bool", flag && !false && sizeof(bool) == 1);
	check("offsetof", offsetof(
				  struct {
					  char c;
					  int32_t i;
				  },
				  i) == 4);
	count_classes("Hello, world 42!", n);
	check("ctype classes", n[0] == 2 && n[1] == 10 && n[2] == 2 && n[3] == 2);
	check("ctype case", toupper('q') == 'Q' && tolower('Q') == 'q' && toupper('1') == '1' &&
				    isxdigit('F') && !isxdigit('g') && isprint(' ') &&
				    !isprint('\n'));
	assert(failures == 0);
	printf("[P0] %d failures; now an assert that fails\n", failures);
	assert(n[0] == 3);
	printf("[P0] Verification Failed: a failed assert returned\n");
}
