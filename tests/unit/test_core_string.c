/*
 * The core's memcpy: word copies whatever the alignment of either side (long
 * messages and guest data come at any address), checked byte for byte against
 * a reference for every pair of alignments and the sizes around word edges.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "string.h" /* core/include/prtos/string.h: the renamed core functions */

#define ROOM 96

static unsigned char pattern(int i)
{
	return (unsigned char)(i * 37 + 11);
}

static void check_copy(int doff, int soff, int n)
{
	unsigned char src[ROOM], dst[ROOM], want[ROOM];
	int i;

	for (i = 0; i < ROOM; i++) {
		src[i] = pattern(i);
		dst[i] = want[i] = 0xEE;
	}
	for (i = 0; i < n; i++)
		want[doff + i] = src[soff + i];
	assert_ptr_equal(core_test_memcpy(dst + doff, src + soff, (prtos_u32_t)n), dst + doff);
	assert_memory_equal(dst, want, ROOM);
}

static void test_memcpy_every_alignment(void **state)
{
	int doff, soff, n;

	(void)state;
	for (doff = 0; doff < 8; doff++)
		for (soff = 0; soff < 8; soff++)
			for (n = 0; n <= 70; n++)
				check_copy(doff, soff, n);
}

static void test_memset_edges(void **state)
{
	unsigned char buf[40];
	int off, n, i;

	(void)state;
	for (off = 0; off < 4; off++)
		for (n = 0; n < 30; n++) {
			memset(buf, 0x11, sizeof(buf));
			core_test_memset(buf + off, 0xA5, (prtos_u32_t)n);
			for (i = 0; i < (int)sizeof(buf); i++)
				assert_int_equal(buf[i], i >= off && i < off + n ? 0xA5 : 0x11);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memcpy_every_alignment),
		cmocka_unit_test(test_memset_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
