/*
 * The firmware's processor tables: the ACPI MADT (through the RSDP and RSDT) and the
 * Intel MP table. Pure parsers: they read physical memory only through the caller's
 * reader, so that the host unit tests run them over byte buffers.
 */
#ifndef ARCH_CPU_TABLES_H
#define ARCH_CPU_TABLES_H

#include <prtos/types.h>

/* The longest table the parsers read (a real MADT or MP table is a few hundred bytes). */
#define X86_TABLE_MAX_BYTES 0x10000U

struct x86_table_reader {
	/* A pointer to the bytes of [pa, pa + n), or NULL when that range may not be read. */
	const prtos_u8_t *(*map)(void *ctx, prtos_u32_t pa, prtos_u32_t n);
	/* Told of every table that is ignored: what is wrong with it, and where it is. */
	void (*ignored)(void *ctx, const char *why, prtos_u32_t pa);
	void *ctx;
	/* Optional: told of each enabled processor's local APIC id, in the table's order
	 * (a table found bad later is ignored whole: the caller drops what it was told). */
	void (*cpu)(void *ctx, prtos_u32_t apic_id);
};

/*
 * Scans [start, start + len) on 16-byte boundaries for an ACPI RSDP with valid
 * checksums. Returns 1 and sets *rsdt to its RSDT's address, or 0.
 */
int x86_acpi_rsdp_find(const struct x86_table_reader *r, prtos_u32_t start, prtos_u32_t len,
		       prtos_u32_t *rsdt);
/*
 * The processors the MADT ("APIC") listed in the RSDT at rsdt marks enabled (local
 * APIC and local x2APIC entries). Returns that count, or 0 when there is no valid
 * RSDT, no valid MADT in it, or none enabled.
 */
prtos_u32_t x86_acpi_madt_cpus(const struct x86_table_reader *r, prtos_u32_t rsdt);
/*
 * Scans [start, start + len) on 16-byte boundaries for an MP floating pointer
 * ("_MP_") with a valid checksum. Returns 1 and sets *table to its configuration
 * table's address, or 0 (also for a pointer to a default configuration, which has
 * no table).
 */
int x86_mp_find(const struct x86_table_reader *r, prtos_u32_t start, prtos_u32_t len,
		prtos_u32_t *table);
/* The enabled processor entries of the MP configuration table at table, or 0. */
prtos_u32_t x86_mp_cpus(const struct x86_table_reader *r, prtos_u32_t table);

#endif
