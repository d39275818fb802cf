/* Parsers of the firmware's processor tables: ACPI RSDP, RSDT and MADT; Intel MP table. */
#include <arch/cpu_tables.h>

#define ACPI_HDR_BYTES 36U     /* signature, length, revision, checksum, OEM fields */
#define RSDP_V1_BYTES 20U      /* ACPI 1.0's RSDP */
#define RSDP_V2_BYTES 36U      /* ACPI 2.0's, with its length and extended checksum */
#define MADT_ENTRIES_AT 44U    /* header, local APIC address, flags */
#define MADT_LAPIC 0U	       /* processor local APIC: flags at 4 */
#define MADT_X2APIC 9U	       /* processor local x2APIC: flags at 8 */
#define MADT_ENABLED 1U	       /* flags bit 0 */
#define MPFP_BYTES 16U	       /* the MP floating pointer structure */
#define MPCT_ENTRIES_AT 44U    /* the MP configuration table's header */
#define MP_PROCESSOR_BYTES 20U /* entry type 0; types 1-4 take 8 bytes */
#define MP_OTHER_BYTES 8U
#define MP_CPU_ENABLED 1U  /* cpu flags (byte 3) bit 0 */
#define RSDP_MAX_BYTES 64U /* an RSDP longer than this is not one */

static prtos_u32_t le16(const prtos_u8_t *b)
{
	return (prtos_u32_t)b[0] | (prtos_u32_t)b[1] << 8;
}

static prtos_u32_t le32(const prtos_u8_t *b)
{
	return le16(b) | le16(b + 2) << 16;
}

static int sig_is(const prtos_u8_t *b, const char *sig, prtos_u32_t n)
{
	prtos_u32_t i;

	for (i = 0; i < n; i++)
		if (b[i] != (prtos_u8_t)sig[i])
			return 0;
	return 1;
}

/* Copies [pa, pa + n) into dst: 0, or -1 when the reader cannot reach it. */
static int rd(const struct x86_table_reader *r, prtos_u32_t pa, void *dst, prtos_u32_t n)
{
	const prtos_u8_t *src = pa + n < pa ? NULL : r->map(r->ctx, pa, n);
	prtos_u8_t *d = dst;
	prtos_u32_t i;

	if (!src)
		return -1;
	for (i = 0; i < n; i++)
		d[i] = src[i];
	return 0;
}

/* 0 when the bytes of [pa, pa + n) sum to 0 (mod 256) and can all be read. */
static int sum_ok(const struct x86_table_reader *r, prtos_u32_t pa, prtos_u32_t n)
{
	const prtos_u8_t *p = pa + n < pa ? NULL : r->map(r->ctx, pa, n);
	prtos_u8_t sum = 0;
	prtos_u32_t i;

	if (!p)
		return -1;
	for (i = 0; i < n; i++)
		sum = (prtos_u8_t)(sum + p[i]);
	return sum ? -1 : 0;
}

/*
 * Moves *at to the next 16-byte boundary in [*at, end) whose bytes begin with sig (n
 * bytes); 0 when there is none, or the range cannot be read. *at starts aligned.
 */
static int scan_next(const struct x86_table_reader *r, prtos_u32_t *at, prtos_u32_t end,
		     const char *sig, prtos_u32_t n)
{
	const prtos_u8_t *p;
	prtos_u32_t i, len;

	if (*at >= end || end - *at < n)
		return 0;
	len = end - *at;
	p = r->map(r->ctx, *at, len);
	if (!p)
		return 0;
	for (i = 0; i + n <= len; i += 16)
		if (p[i] == (prtos_u8_t)sig[0] && sig_is(p + i, sig, n)) {
			*at += i;
			return 1;
		}
	return 0;
}

static prtos_u32_t ignore(const struct x86_table_reader *r, const char *why, prtos_u32_t pa)
{
	r->ignored(r->ctx, why, pa);
	return 0;
}

/* An RSDP at pa (its signature seen): 1 when its checksums and length hold. */
static int rsdp_ok(const struct x86_table_reader *r, prtos_u32_t pa, const prtos_u8_t *b)
{
	prtos_u32_t len = le32(b + 20);

	if (sum_ok(r, pa, RSDP_V1_BYTES)) {
		ignore(r, "ACPI RSDP: bad checksum", pa);
		return 0;
	}
	if (b[15] >= 2 && (len < RSDP_V2_BYTES || len > RSDP_MAX_BYTES || sum_ok(r, pa, len))) {
		ignore(r, "ACPI RSDP: bad length or extended checksum", pa);
		return 0;
	}
	return 1; /* revision 0 (ACPI 1.0) has 20 bytes and one checksum */
}

int x86_acpi_rsdp_find(const struct x86_table_reader *r, prtos_u32_t start, prtos_u32_t len,
		       prtos_u32_t *rsdt)
{
	prtos_u8_t b[RSDP_V2_BYTES];
	prtos_u32_t at, end = start + len < start ? 0xFFFFFFF0U : start + len;

	for (at = start; scan_next(r, &at, end, "RSD PTR ", 8); at += 16) {
		if (end - at < RSDP_V1_BYTES || rd(r, at, b, RSDP_V1_BYTES))
			break;
		if (b[15] >= 2 && rd(r, at, b, RSDP_V2_BYTES))
			continue;
		if (!rsdp_ok(r, at, b))
			continue;
		*rsdt = le32(b + 16);
		return 1;
	}
	return 0;
}

/*
 * The length of the ACPI table at pa if its signature is sig and its header, length
 * and checksum hold; 0 otherwise (a table with another signature is not reported).
 */
static prtos_u32_t acpi_table(const struct x86_table_reader *r, prtos_u32_t pa, const char *sig,
			      prtos_u32_t min)
{
	prtos_u8_t h[ACPI_HDR_BYTES];
	prtos_u32_t len;

	if (rd(r, pa, h, ACPI_HDR_BYTES))
		return ignore(r, "ACPI table: cannot be read", pa);
	if (!sig_is(h, sig, 4))
		return sig[0] == 'A' ? 0 : ignore(r, "ACPI RSDT: bad signature", pa);
	len = le32(h + 4);
	if (len < min || len > X86_TABLE_MAX_BYTES)
		return ignore(r, sig[0] == 'A' ? "ACPI MADT: bad length" : "ACPI RSDT: bad length",
			      pa);
	if (sum_ok(r, pa, len))
		return ignore(r,
			      sig[0] == 'A' ? "ACPI MADT: bad checksum" : "ACPI RSDT: bad checksum",
			      pa);
	return len;
}

/* Tells the reader of an enabled processor, if it asked. */
static void found(const struct x86_table_reader *r, prtos_u32_t apic_id)
{
	if (r->cpu)
		r->cpu(r->ctx, apic_id);
}

/* The enabled processors of the MADT at pa, len bytes long (checked), or 0. */
static prtos_u32_t madt_count(const struct x86_table_reader *r, prtos_u32_t pa, prtos_u32_t len)
{
	prtos_u8_t e[16];
	prtos_u32_t off, n = 0;

	for (off = MADT_ENTRIES_AT; off < len; off += e[1]) {
		if (len - off < 2 || rd(r, pa + off, e, 2) || e[1] < 2 || e[1] > len - off)
			return ignore(r, "ACPI MADT: an entry overruns the table", pa);
		if (e[0] != MADT_LAPIC && e[0] != MADT_X2APIC)
			continue;
		if (e[1] < (e[0] == MADT_LAPIC ? 8 : 16) || rd(r, pa + off, e, e[0] ? 16 : 8))
			return ignore(r, "ACPI MADT: a processor entry is too short", pa);
		if (!(le32(e + (e[0] == MADT_LAPIC ? 4 : 8)) & MADT_ENABLED))
			continue;
		n++;
		found(r, e[0] == MADT_LAPIC ? e[3] : le32(e + 4));
	}
	if (!n)
		ignore(r, "ACPI MADT: no enabled processor", pa);
	return n;
}

prtos_u32_t x86_acpi_madt_cpus(const struct x86_table_reader *r, prtos_u32_t rsdt)
{
	prtos_u8_t w[4];
	prtos_u32_t len, off, pa, madt;

	if (!rsdt)
		return ignore(r, "ACPI RSDP: no RSDT", rsdt);
	len = acpi_table(r, rsdt, "RSDT", ACPI_HDR_BYTES);
	if (!len)
		return 0;
	if ((len - ACPI_HDR_BYTES) % 4)
		return ignore(r, "ACPI RSDT: bad length", rsdt);
	for (off = ACPI_HDR_BYTES; off < len; off += 4) {
		if (rd(r, rsdt + off, w, 4))
			return ignore(r, "ACPI RSDT: cannot be read", rsdt);
		pa = le32(w);
		madt = acpi_table(r, pa, "APIC", MADT_ENTRIES_AT);
		if (madt)
			return madt_count(r, pa, madt);
	}
	return 0;
}

int x86_mp_find(const struct x86_table_reader *r, prtos_u32_t start, prtos_u32_t len,
		prtos_u32_t *table)
{
	prtos_u8_t b[MPFP_BYTES];
	prtos_u32_t at, end = start + len < start ? 0xFFFFFFF0U : start + len;

	for (at = start; scan_next(r, &at, end, "_MP_", 4); at += 16) {
		if (end - at < MPFP_BYTES || rd(r, at, b, MPFP_BYTES))
			break;
		if (b[8] != 1 || sum_ok(r, at, MPFP_BYTES)) {
			ignore(r, "MP floating pointer: bad length or checksum", at);
			continue;
		}
		if (b[11] || !le32(b + 4)) {
			ignore(r, "MP floating pointer: a default configuration, no table", at);
			continue;
		}
		*table = le32(b + 4);
		return 1;
	}
	return 0;
}

/* The size of an MP configuration table entry of type t, or 0 for an unknown type. */
static prtos_u32_t mp_entry_bytes(prtos_u8_t t)
{
	if (t == 0)
		return MP_PROCESSOR_BYTES;
	return t <= 4 ? MP_OTHER_BYTES : 0;
}

prtos_u32_t x86_mp_cpus(const struct x86_table_reader *r, prtos_u32_t table)
{
	prtos_u8_t h[MPCT_ENTRIES_AT], e[4];
	prtos_u32_t len, count, i, off = MPCT_ENTRIES_AT, n = 0, size;

	if (rd(r, table, h, MPCT_ENTRIES_AT) || !sig_is(h, "PCMP", 4))
		return ignore(r, "MP table: no PCMP signature", table);
	len = le16(h + 4);
	count = le16(h + 34);
	if (len < MPCT_ENTRIES_AT || sum_ok(r, table, len))
		return ignore(r, "MP table: bad length or checksum", table);
	for (i = 0; i < count; i++, off += size) {
		if (len - off < 4 || rd(r, table + off, e, 4))
			return ignore(r, "MP table: an entry overruns the table", table);
		size = mp_entry_bytes(e[0]);
		if (!size || size > len - off)
			return ignore(r, "MP table: an entry of unknown type or past the end",
				      table);
		if (e[0] == 0 && (e[3] & MP_CPU_ENABLED)) {
			n++;
			found(r, e[1]);
		}
	}
	if (!n)
		ignore(r, "MP table: no enabled processor", table);
	return n;
}
