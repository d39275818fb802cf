/*
 * x86's firmware-table parsers (core/arch/x86/cpu_tables.c) over a fake physical memory:
 * tables built here as the ACPI and MP specifications lay them out, then damaged one field
 * at a time. A damaged table must be ignored, with the reason told to the caller.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include <arch/cpu_tables.h>

#define MEM_BYTES 0x120000U /* physical [0, 1 MiB + 128 KiB) */
#define ROM 0xE0000U
#define RSDP_AT 0xF5A10U
#define RSDT_AT 0x100000U
#define FACP_AT 0x100100U
#define MADT_AT 0x100200U
#define MPFP_AT 0xF6000U
#define MPCT_AT 0xF6100U

static prtos_u8_t mem[MEM_BYTES];
static char why[8][96];
static prtos_u32_t num_why;

static const prtos_u8_t *fake_map(void *ctx, prtos_u32_t pa, prtos_u32_t n)
{
	(void)ctx;
	if (pa >= MEM_BYTES || n > MEM_BYTES - pa)
		return NULL;
	return mem + pa;
}

static void fake_ignored(void *ctx, const char *what, prtos_u32_t pa)
{
	(void)ctx;
	(void)pa;
	if (num_why < 8)
		strncpy(why[num_why], what, sizeof(why[0]) - 1);
	num_why++;
}

static const struct x86_table_reader rd = {fake_map, fake_ignored, NULL, NULL};

/* The APIC ids a reader that asks for them is told, in order. */
static prtos_u32_t ids[8], num_ids;

static void fake_cpu(void *ctx, prtos_u32_t apic_id)
{
	(void)ctx;
	if (num_ids < 8)
		ids[num_ids] = apic_id;
	num_ids++;
}

static const struct x86_table_reader rd_ids = {fake_map, fake_ignored, NULL, fake_cpu};

static void put32(prtos_u32_t pa, prtos_u32_t v)
{
	mem[pa] = (prtos_u8_t)v;
	mem[pa + 1] = (prtos_u8_t)(v >> 8);
	mem[pa + 2] = (prtos_u8_t)(v >> 16);
	mem[pa + 3] = (prtos_u8_t)(v >> 24);
}

/* Sets mem[at] so that [pa, pa + n) sums to 0. */
static void seal(prtos_u32_t pa, prtos_u32_t n, prtos_u32_t at)
{
	prtos_u8_t sum = 0;
	prtos_u32_t i;

	mem[at] = 0;
	for (i = 0; i < n; i++)
		sum = (prtos_u8_t)(sum + mem[pa + i]);
	mem[at] = (prtos_u8_t)(0x100 - sum);
}

static void acpi_header(prtos_u32_t pa, const char *sig, prtos_u32_t len)
{
	memcpy(mem + pa, sig, 4);
	put32(pa + 4, len);
	mem[pa + 8] = 1;
	memcpy(mem + pa + 10, "PRTOST", 6);
}

/* A MADT: n local APIC entries with their enabled flags, an I/O APIC, x2 x2APIC entries. */
static prtos_u32_t madt(const int *enabled, int n, int x2_enabled)
{
	prtos_u32_t off = 44;
	int i;

	for (i = 0; i < n; i++, off += 8) {
		mem[MADT_AT + off] = 0;
		mem[MADT_AT + off + 1] = 8;
		mem[MADT_AT + off + 2] = (prtos_u8_t)i;
		mem[MADT_AT + off + 3] = (prtos_u8_t)i;
		put32(MADT_AT + off + 4, enabled[i] ? 1 : 0);
	}
	mem[MADT_AT + off] = 1; /* I/O APIC, 12 bytes */
	mem[MADT_AT + off + 1] = 12;
	put32(MADT_AT + off + 4, 0xFEC00000U);
	off += 12;
	if (x2_enabled >= 0) {
		mem[MADT_AT + off] = 9;
		mem[MADT_AT + off + 1] = 16;
		put32(MADT_AT + off + 4, 300);
		put32(MADT_AT + off + 8, x2_enabled ? 1 : 0);
		off += 16;
	}
	acpi_header(MADT_AT, "APIC", off);
	put32(MADT_AT + 36, 0xFEE00000U);
	seal(MADT_AT, off, MADT_AT + 9);
	return off;
}

static void rsdt(void)
{
	acpi_header(FACP_AT, "FACP", 36);
	seal(FACP_AT, 36, FACP_AT + 9);
	acpi_header(RSDT_AT, "RSDT", 44);
	put32(RSDT_AT + 36, FACP_AT);
	put32(RSDT_AT + 40, MADT_AT);
	seal(RSDT_AT, 44, RSDT_AT + 9);
}

static void rsdp(prtos_u32_t pa, prtos_u8_t rev)
{
	memcpy(mem + pa, "RSD PTR ", 8);
	memcpy(mem + pa + 9, "PRTOST", 6);
	mem[pa + 15] = rev;
	put32(pa + 16, RSDT_AT);
	seal(pa, 20, pa + 8);
	if (rev >= 2) {
		put32(pa + 20, 36);
		seal(pa, 36, pa + 32);
	}
}

static int reset(void **state)
{
	(void)state;
	memset(mem, 0, sizeof(mem));
	memset(why, 0, sizeof(why));
	num_why = 0;
	return 0;
}

static prtos_u32_t acpi_count(void)
{
	prtos_u32_t at = 0;

	if (!x86_acpi_rsdp_find(&rd, ROM, 0x20000, &at))
		return 0;
	assert_int_equal(at, RSDT_AT);
	return x86_acpi_madt_cpus(&rd, at);
}

static void test_acpi_good(void **state)
{
	static const int en[] = {1, 0, 1};

	(void)state;
	madt(en, 3, 1);
	rsdt();
	rsdp(RSDP_AT, 0);
	assert_int_equal(acpi_count(), 3); /* two local APICs and an x2APIC enabled */
	assert_int_equal(num_why, 0);
	reset(NULL);
	madt(en, 3, 0);
	rsdt();
	rsdp(RSDP_AT, 2); /* ACPI 2.0's RSDP, with its extended checksum */
	assert_int_equal(acpi_count(), 2);
	assert_int_equal(num_why, 0);
}

static void test_rsdp_damaged(void **state)
{
	static const int en[] = {1, 1};
	prtos_u32_t at;

	(void)state;
	madt(en, 2, -1);
	rsdt();
	rsdp(RSDP_AT, 0);
	mem[RSDP_AT + 16] ^= 1; /* the RSDT address, after sealing */
	assert_int_equal(x86_acpi_rsdp_find(&rd, ROM, 0x20000, &at), 0);
	assert_int_equal(num_why, 1);
	assert_string_equal(why[0], "ACPI RSDP: bad checksum");
	rsdp(RSDP_AT + 0x100, 0); /* a good one further on is found */
	assert_int_equal(acpi_count(), 2);
	reset(NULL);
	madt(en, 2, -1);
	rsdt();
	rsdp(RSDP_AT, 2);
	mem[RSDP_AT + 24] = 0x55; /* the XSDT address: only the extended checksum covers it */
	assert_int_equal(x86_acpi_rsdp_find(&rd, ROM, 0x20000, &at), 0);
	assert_string_equal(why[0], "ACPI RSDP: bad length or extended checksum");
}

static void test_rsdt_damaged(void **state)
{
	static const int en[] = {1, 1};

	(void)state;
	madt(en, 2, -1);
	rsdt();
	mem[RSDT_AT + 40] ^= 0x10; /* the MADT's address */
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI RSDT: bad checksum");
	num_why = 0;
	assert_int_equal(x86_acpi_madt_cpus(&rd, 0), 0);
	assert_string_equal(why[0], "ACPI RSDP: no RSDT");
	num_why = 0;
	assert_int_equal(x86_acpi_madt_cpus(&rd, MEM_BYTES - 8), 0); /* past the memory */
	assert_string_equal(why[0], "ACPI table: cannot be read");
	num_why = 0;
	assert_int_equal(x86_acpi_madt_cpus(&rd, FACP_AT), 0);
	assert_string_equal(why[0], "ACPI RSDT: bad signature");
	rsdt();
	put32(RSDT_AT + 4, 43); /* not a whole number of entries */
	seal(RSDT_AT, 43, RSDT_AT + 9);
	num_why = 0;
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI RSDT: bad length");
}

static void test_madt_checksum_length(void **state)
{
	static const int en[] = {1, 1};

	(void)state;
	madt(en, 2, -1);
	rsdt();
	mem[MADT_AT + 44 + 4] = 0; /* processor 0 disabled after sealing */
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: bad checksum");
	num_why = 0;
	put32(MADT_AT + 4, X86_TABLE_MAX_BYTES + 1);
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: bad length");
	num_why = 0;
	put32(MADT_AT + 4, 40); /* shorter than its fixed fields */
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: bad length");
}

static void test_madt_entries_damaged(void **state)
{
	static const int en[] = {1, 1};
	prtos_u32_t len;

	(void)state;
	len = madt(en, 2, -1);
	rsdt();
	mem[MADT_AT + 44 + 1] = 0; /* an entry of length 0 would never end */
	seal(MADT_AT, len, MADT_AT + 9);
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: an entry overruns the table");
	len = madt(en, 2, -1);
	mem[MADT_AT + 44 + 8 + 1] = 200; /* the second entry runs past the table */
	seal(MADT_AT, len, MADT_AT + 9);
	num_why = 0;
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: an entry overruns the table");
	len = madt(en, 2, -1);
	mem[MADT_AT + 44 + 1] = 4; /* a processor entry too short for its flags */
	mem[MADT_AT + 48] = 1;	   /* an entry of type 1 follows, 4 bytes long */
	mem[MADT_AT + 49] = 4;
	seal(MADT_AT, len, MADT_AT + 9);
	num_why = 0;
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: a processor entry is too short");
}

static void test_madt_none_enabled(void **state)
{
	static const int en[] = {0, 0};

	(void)state;
	madt(en, 2, 0);
	rsdt();
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_string_equal(why[0], "ACPI MADT: no enabled processor");
}

static void test_no_madt(void **state)
{
	(void)state;
	rsdt(); /* its second entry points at zeroes: no MADT */
	assert_int_equal(x86_acpi_madt_cpus(&rd, RSDT_AT), 0);
	assert_int_equal(num_why, 0);
	assert_int_equal(acpi_count(), 0); /* and no RSDP in the ROM area */
}

/* An MP floating pointer at pa for the table at MPCT_AT. */
static void mpfp(prtos_u32_t pa, prtos_u8_t feature1)
{
	memcpy(mem + pa, "_MP_", 4);
	put32(pa + 4, MPCT_AT);
	mem[pa + 8] = 1;
	mem[pa + 9] = 4;
	mem[pa + 11] = feature1;
	seal(pa, 16, pa + 10);
}

/* An MP table: n processors with their enabled flags, a bus and an I/O APIC. */
static prtos_u32_t mpct(const int *enabled, int n)
{
	prtos_u32_t off = 44;
	int i;

	memcpy(mem + MPCT_AT, "PCMP", 4);
	mem[MPCT_AT + 6] = 4;
	memcpy(mem + MPCT_AT + 8, "PRTOS   ", 8);
	for (i = 0; i < n; i++, off += 20) {
		mem[MPCT_AT + off] = 0;
		mem[MPCT_AT + off + 1] = (prtos_u8_t)i;
		mem[MPCT_AT + off + 3] = (prtos_u8_t)((enabled[i] ? 1 : 0) | (i ? 0 : 2));
	}
	mem[MPCT_AT + off] = 1; /* bus */
	memcpy(mem + MPCT_AT + off + 2, "ISA   ", 6);
	off += 8;
	mem[MPCT_AT + off] = 2; /* I/O APIC */
	put32(MPCT_AT + off + 4, 0xFEC00000U);
	off += 8;
	mem[MPCT_AT + 4] = (prtos_u8_t)off;
	mem[MPCT_AT + 5] = (prtos_u8_t)(off >> 8);
	mem[MPCT_AT + 34] = (prtos_u8_t)(n + 2);
	put32(MPCT_AT + 36, 0xFEE00000U);
	seal(MPCT_AT, off, MPCT_AT + 7);
	return off;
}

static prtos_u32_t mp_count(void)
{
	prtos_u32_t at = 0;

	if (!x86_mp_find(&rd, 0xF0000, 0x10000, &at))
		return 0;
	assert_int_equal(at, MPCT_AT);
	return x86_mp_cpus(&rd, at);
}

static void test_mp_good(void **state)
{
	static const int en[] = {1, 1, 0, 1};

	(void)state;
	mpct(en, 4);
	mpfp(MPFP_AT, 0);
	assert_int_equal(mp_count(), 3);
	assert_int_equal(num_why, 0);
}

/* The enabled processors' APIC ids, in the tables' order (the core starts them by it). */
static void test_apic_ids(void **state)
{
	static const int madt_en[] = {1, 0, 1}, mp_en[] = {1, 1, 0, 1};
	prtos_u32_t at = 0;

	(void)state;
	madt(madt_en, 3, 1);
	rsdt();
	rsdp(RSDP_AT, 0);
	num_ids = 0;
	assert_true(x86_acpi_rsdp_find(&rd_ids, ROM, 0x20000, &at));
	assert_int_equal(x86_acpi_madt_cpus(&rd_ids, at), 3);
	assert_int_equal(num_ids, 3);
	assert_int_equal(ids[0], 0);   /* local APIC entries: their APIC id byte */
	assert_int_equal(ids[1], 2);   /* entry 1 is disabled: not told */
	assert_int_equal(ids[2], 300); /* the x2APIC entry's 32-bit id */
	mpct(mp_en, 4);
	mpfp(MPFP_AT, 0);
	num_ids = 0;
	assert_true(x86_mp_find(&rd_ids, 0xF0000, 0x10000, &at));
	assert_int_equal(x86_mp_cpus(&rd_ids, at), 3);
	assert_int_equal(num_ids, 3);
	assert_int_equal(ids[0], 0);
	assert_int_equal(ids[1], 1);
	assert_int_equal(ids[2], 3);
}

static void test_mp_pointer_damaged(void **state)
{
	static const int en[] = {1, 1};
	prtos_u32_t at;

	(void)state;
	mpct(en, 2);
	mpfp(MPFP_AT, 0);
	mem[MPFP_AT + 4] ^= 0x40; /* the table's address, after sealing */
	assert_int_equal(x86_mp_find(&rd, 0xF0000, 0x10000, &at), 0);
	assert_string_equal(why[0], "MP floating pointer: bad length or checksum");
	mpfp(MPFP_AT, 0);
	mem[MPFP_AT + 8] = 2; /* 32 bytes: not the structure of the specification */
	seal(MPFP_AT, 16, MPFP_AT + 10);
	num_why = 0;
	assert_int_equal(x86_mp_find(&rd, 0xF0000, 0x10000, &at), 0);
	assert_string_equal(why[0], "MP floating pointer: bad length or checksum");
	mpfp(MPFP_AT, 5); /* a default configuration: no table to read */
	num_why = 0;
	assert_int_equal(x86_mp_find(&rd, 0xF0000, 0x10000, &at), 0);
	assert_string_equal(why[0], "MP floating pointer: a default configuration, no table");
	mpfp(MPFP_AT + 0x20, 0); /* a good one further on is found */
	assert_int_equal(mp_count(), 2);
}

static void test_mp_table_damaged(void **state)
{
	static const int en[] = {1, 1};
	prtos_u32_t len;

	(void)state;
	len = mpct(en, 2);
	mem[MPCT_AT + 44 + 3] = 0; /* processor 0 disabled after sealing */
	assert_int_equal(x86_mp_cpus(&rd, MPCT_AT), 0);
	assert_string_equal(why[0], "MP table: bad length or checksum");
	len = mpct(en, 2);
	mem[MPCT_AT] = 'X';
	num_why = 0;
	assert_int_equal(x86_mp_cpus(&rd, MPCT_AT), 0);
	assert_string_equal(why[0], "MP table: no PCMP signature");
	len = mpct(en, 2);
	mem[MPCT_AT + 44 + 20] = 7; /* the bus entry given an unknown type */
	seal(MPCT_AT, len, MPCT_AT + 7);
	num_why = 0;
	assert_int_equal(x86_mp_cpus(&rd, MPCT_AT), 0);
	assert_string_equal(why[0], "MP table: an entry of unknown type or past the end");
	len = mpct(en, 2);
	mem[MPCT_AT + 34] = 9; /* more entries than the table holds */
	seal(MPCT_AT, len, MPCT_AT + 7);
	num_why = 0;
	assert_int_equal(x86_mp_cpus(&rd, MPCT_AT), 0);
	assert_string_equal(why[0], "MP table: an entry overruns the table");
}

static void test_mp_none_enabled(void **state)
{
	static const int en[] = {0, 0};

	(void)state;
	mpct(en, 2);
	assert_int_equal(x86_mp_cpus(&rd, MPCT_AT), 0);
	assert_string_equal(why[0], "MP table: no enabled processor");
}

static void test_unreadable(void **state)
{
	prtos_u32_t at;

	(void)state;
	/* A scan that runs off the memory reads nothing there and finds nothing. */
	assert_int_equal(x86_acpi_rsdp_find(&rd, MEM_BYTES - 64, 0x1000, &at), 0);
	assert_int_equal(x86_mp_find(&rd, 0xFFFFFFF0U, 0x100, &at), 0);
	assert_int_equal(x86_mp_cpus(&rd, MEM_BYTES - 20), 0);
	assert_string_equal(why[0], "MP table: no PCMP signature");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_acpi_good, reset),
		cmocka_unit_test_setup(test_rsdp_damaged, reset),
		cmocka_unit_test_setup(test_rsdt_damaged, reset),
		cmocka_unit_test_setup(test_madt_checksum_length, reset),
		cmocka_unit_test_setup(test_madt_entries_damaged, reset),
		cmocka_unit_test_setup(test_madt_none_enabled, reset),
		cmocka_unit_test_setup(test_no_madt, reset),
		cmocka_unit_test_setup(test_mp_good, reset),
		cmocka_unit_test_setup(test_apic_ids, reset),
		cmocka_unit_test_setup(test_mp_pointer_damaged, reset),
		cmocka_unit_test_setup(test_mp_table_damaged, reset),
		cmocka_unit_test_setup(test_mp_none_enabled, reset),
		cmocka_unit_test_setup(test_unreadable, reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
