/* hcall_args (P0, normal): unknown numbers, bad pointers, bad clocks and forbidden
 * halts each return their documented code and change nothing. */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include <string.h>

#define HYP_BASE 0x01000000
#define HYP_LAST 0x013FFFF0
#define OWN_BASE 0x06000000
#define OWN_END 0x06100000     /* first byte past P0's 1 MB area */
#define RO_AREA 0x06140000     /* P0's read-only area (XML) */
#define KEEPER_MARK 0x06280000 /* P1 keeps a marker there, see keeper.c */
#define UNMAPPED 0x20000000
#define PCT_ADDR 0xFFC00000

static int failures;

static void check(const char *what, prtos_s32_t got, prtos_s32_t want)
{
	printf("[P0] %-40s %d (want %d)%s\n", what, got, want, got == want ? "" : " FAIL:");
	if (got != want)
		failures++;
}

static void check_true(const char *what, int ok)
{
	printf("[P0] %-40s %s\n", what, ok ? "yes" : "no FAIL:");
	if (!ok)
		failures++;
}

static prtos_s32_t console(prtos_u32_t buf, prtos_u32_t len)
{
	return prtos_hcall2(4, buf, len);
}

static prtos_s32_t get_time(prtos_u32_t clock, prtos_u32_t ptr)
{
	return prtos_hcall2(3, clock, ptr);
}

static void unknown_hypercalls(void)
{
	prtos_word_t m = (prtos_word_t) "LEAK-MARKER-HCALL\n";

	check("bad hypercall number NR_HYPERCALLS", prtos_hcall0(PRTOS_NR_HYPERCALLS),
	      PRTOS_UNKNOWN_HYPERCALL);
	check("bad hypercall number 0x1000", prtos_hcall2(0x1000, m, 18), PRTOS_UNKNOWN_HYPERCALL);
	check("bad hypercall number 0x7FFFFFFF", prtos_hcall5(0x7FFFFFFF, m, 18, 1, 2, 3),
	      PRTOS_UNKNOWN_HYPERCALL);
	check("bad hypercall number 0x80000000", prtos_hcall0(0x80000000), PRTOS_UNKNOWN_HYPERCALL);
	check("bad hypercall number 0xFFFFFFFF", prtos_hcall2(0xFFFFFFFF, m, 18),
	      PRTOS_UNKNOWN_HYPERCALL);
}

static void console_buffers(void)
{
	char *end_mark = (char *)(OWN_END - 16);

	memcpy(end_mark, "LEAK-MARKER-END\n", 16);
	check("console: hypervisor memory", console(HYP_BASE, 16), PRTOS_INVALID_PARAM);
	check("console: hypervisor memory, last bytes", console(HYP_LAST, 16), PRTOS_INVALID_PARAM);
	check("console: P1's area", console(KEEPER_MARK, 18), PRTOS_INVALID_PARAM);
	check("console: unmapped 0x20000000", console(UNMAPPED, 16), PRTOS_INVALID_PARAM);
	check("console: NULL", console(0, 16), PRTOS_INVALID_PARAM);
	check("console: wraps 4 GiB", console(0xFFFFF000, 0x2000), PRTOS_INVALID_PARAM);
	check("console: own area, length 0x7FFFFFFF", console(OWN_BASE, 0x7FFFFFFF),
	      PRTOS_INVALID_PARAM);
	check("console: length -1", console((prtos_u32_t)end_mark, (prtos_u32_t)-1),
	      PRTOS_INVALID_PARAM);
	check("console: length INT_MIN", console((prtos_u32_t)end_mark, 0x80000000),
	      PRTOS_INVALID_PARAM);
	check("console: runs past the end of own area", console((prtos_u32_t)end_mark, 17),
	      PRTOS_INVALID_PARAM);
	check("console: the PCT (not an area)", console(PCT_ADDR, 16), PRTOS_INVALID_PARAM);
	check("console: valid buffer", prtos_write_console("[P0] console ok\n", 16), 16);
}

/* get_time into ptr must fail and leave the 8 bytes at ptr (if readable) alone. */
static void time_bad_ptr(const char *what, prtos_u32_t ptr)
{
	check(what, get_time(PRTOS_HW_CLOCK, ptr), PRTOS_INVALID_PARAM);
}

static void time_pointers(void)
{
	volatile prtos_u32_t *ro = (volatile prtos_u32_t *)RO_AREA;
	volatile prtos_u32_t *last = (volatile prtos_u32_t *)(OWN_END - 4);
	prtos_u32_t ro0 = ro[0], ro1 = ro[1], pct_magic = prtos_get_pct0()->magic;
	prtos_time_t t = 0x1234, t1 = 0, t2 = 0, e = 0;

	check("get_time: clock 7", get_time(7, (prtos_u32_t)&t), PRTOS_INVALID_PARAM);
	check("get_time: clock 0xFFFFFFFF", get_time(0xFFFFFFFF, (prtos_u32_t)&t),
	      PRTOS_INVALID_PARAM);
	check_true("get_time: bad clock left *t alone", t == 0x1234);
	*last = 0x5AFE5AFE;
	time_bad_ptr("get_time: hypervisor memory", HYP_BASE);
	time_bad_ptr("get_time: P1's area", KEEPER_MARK);
	time_bad_ptr("get_time: unmapped 0x20000000", UNMAPPED);
	time_bad_ptr("get_time: NULL", 0);
	time_bad_ptr("get_time: own read-only area", RO_AREA);
	time_bad_ptr("get_time: wraps 4 GiB (0xFFFFFFFC)", 0xFFFFFFFC);
	time_bad_ptr("get_time: the PCT (read-only)", PCT_ADDR);
	time_bad_ptr("get_time: runs past the end of own area", OWN_END - 4);
	check_true("get_time: read-only area unchanged", ro[0] == ro0 && ro[1] == ro1);
	check_true("get_time: PCT unchanged", prtos_get_pct0()->magic == pct_magic);
	check_true("get_time: end of own area unchanged", *last == 0x5AFE5AFE);
	check("get_time: valid pointer", prtos_get_time(PRTOS_HW_CLOCK, &t1), PRTOS_OK);
	prtos_idle_self();
	check("get_time: valid pointer again", prtos_get_time(PRTOS_HW_CLOCK, &t2), PRTOS_OK);
	check_true("get_time: HW clock increases", t2 > t1 && t1 > 0);
	check("get_time: EXEC clock", prtos_get_time(PRTOS_EXEC_CLOCK, &e), PRTOS_OK);
	check_true("get_time: 0 < EXEC clock <= HW clock", e > 0 && e <= t2);
}

static void halts(void)
{
	check("halt_partition(1) from a normal partition", prtos_halt_partition(1),
	      PRTOS_PERM_ERROR);
	check("halt_system from a normal partition", prtos_halt_system(), PRTOS_PERM_ERROR);
	check("halt_partition(99)", prtos_halt_partition(99), PRTOS_INVALID_PARAM);
	check("halt_partition(0xFFFFFFFF)", prtos_halt_partition(0xFFFFFFFF), PRTOS_INVALID_PARAM);
	check("get_vcpuid", prtos_get_vcpuid(), 0);
}

void partition_main(void)
{
	unknown_hypercalls();
	console_buffers();
	time_pointers();
	halts();
	printf("[P0] %d failures\n", failures);
	printf("[P0] %s\n", failures ? "Verification Failed" : "Verification Passed");
	while (1)
		prtos_idle_self();
}
