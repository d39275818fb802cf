/*
 * The processors of the machine, as the firmware lists them: the ACPI MADT, or else
 * the Intel MP table (cpu_tables.c parses both): how many, and their local APIC ids
 * (smp.c starts those the configuration names; the others stay parked as the
 * firmware left them).
 */
#include <prtos/arch.h>
#include <prtos/printk.h>
#include <prtos/arch_abi.h>
#include <arch/cpu_tables.h>
#include <arch/x86.h>

#define BDA_EBDA_SEGMENT 0x40EU /* BIOS data area: the EBDA's segment */
#define BDA_BASE_KB 0x413U	/* BIOS data area: base memory in KiB */
#define EBDA_SCAN 1024U		/* the EBDA's first KiB */
#define BIOS_ROM_LOW 0xE0000U	/* the RSDP may lie in 0xE0000-0xFFFFF, */
#define BIOS_ROM_HIGH 0xF0000U	/* the MP floating pointer in 0xF0000-0xFFFFF */
#define BIOS_ROM_END 0x100000U

static prtos_u32_t cpu_count;
static const char *cpu_source;
static prtos_u32_t apic_ids[CONFIG_MAX_CPUS]; /* the first ones listed */
static prtos_u32_t num_ids;

/* Firmware tables lie in RAM below the device window; nothing else is read. */
static const prtos_u8_t *phys_table_map(void *ctx, prtos_u32_t pa, prtos_u32_t n)
{
	(void)ctx;
	if (pa >= PRTOS_X86_DEVICE_WINDOW_START || n > PRTOS_X86_DEVICE_WINDOW_START - pa)
		return NULL;
	return arch_phys_ptr(phys_addr(pa));
}

static void table_ignored(void *ctx, const char *why, prtos_u32_t pa)
{
	(void)ctx;
	printk("CPUs: ignored %s at 0x%08x\n", why, pa);
}

static void cpu_listed(void *ctx, prtos_u32_t apic_id)
{
	(void)ctx;
	if (num_ids < CONFIG_MAX_CPUS)
		apic_ids[num_ids] = apic_id;
	num_ids++;
}

static const struct x86_table_reader reader = {phys_table_map, table_ignored, NULL, cpu_listed};

static prtos_u32_t bda16(prtos_u32_t pa)
{
	const prtos_u8_t *b = phys_table_map(NULL, pa, 2);

	return (prtos_u32_t)b[0] | (prtos_u32_t)b[1] << 8;
}

/* The EBDA's start, or 0 where the BIOS data area names none in low memory. */
static prtos_u32_t ebda_start(void)
{
	prtos_u32_t ebda = bda16(BDA_EBDA_SEGMENT) << 4;

	return ebda >= 0x80000U && ebda < 0xA0000U ? ebda : 0;
}

/*
 * ACPI first: the EBDA, then the BIOS ROM area, its upper half (where SeaBIOS puts the
 * RSDP) before its lower; 0 when no valid MADT lists a processor.
 */
static prtos_u32_t from_acpi(prtos_u32_t ebda)
{
	prtos_u32_t rsdt;

	if ((ebda && x86_acpi_rsdp_find(&reader, ebda, EBDA_SCAN, &rsdt)) ||
	    x86_acpi_rsdp_find(&reader, BIOS_ROM_HIGH, BIOS_ROM_END - BIOS_ROM_HIGH, &rsdt) ||
	    x86_acpi_rsdp_find(&reader, BIOS_ROM_LOW, BIOS_ROM_HIGH - BIOS_ROM_LOW, &rsdt))
		return x86_acpi_madt_cpus(&reader, rsdt);
	return 0;
}

/* The MP table (EBDA, the last KiB of base memory, the BIOS ROM); 0 when none is valid. */
static prtos_u32_t from_mp(prtos_u32_t ebda)
{
	prtos_u32_t kb = bda16(BDA_BASE_KB), table;

	if ((ebda && x86_mp_find(&reader, ebda, EBDA_SCAN, &table)) ||
	    (kb >= 512 && kb <= 640 && x86_mp_find(&reader, (kb - 1) * 1024, 1024, &table)) ||
	    x86_mp_find(&reader, BIOS_ROM_HIGH, BIOS_ROM_END - BIOS_ROM_HIGH, &table))
		return x86_mp_cpus(&reader, table);
	return 0;
}

static void discover(void)
{
	arch_phys_state_t s = arch_phys_begin();
	prtos_u32_t ebda = ebda_start();

	cpu_source = "ACPI MADT";
	cpu_count = from_acpi(ebda);
	if (!cpu_count) {
		num_ids = 0; /* what a bad MADT listed before it was found bad */
		cpu_source = "MP table";
		cpu_count = from_mp(ebda);
	}
	if (!cpu_count) {
		num_ids = 0; /* what a bad MP table listed */
		cpu_source = "no ACPI MADT or MP table: the boot processor";
		cpu_count = 1;
	}
	arch_phys_end(s);
}

/* Boot, after arch_mm_init(): the firmware's tables are read once, on the first call. */
prtos_u32_t arch_cpu_count(void)
{
	if (!cpu_count)
		discover();
	return cpu_count;
}

const char *arch_cpu_source(void)
{
	arch_cpu_count();
	return cpu_source;
}

/*
 * The local APIC id of the configuration's processor id: the boot processor is 0,
 * the others follow in the firmware's order. Returns 0 and sets *apic_id, or -1
 * when the firmware listed no such processor.
 */
int x86_cpu_apic_id(prtos_u32_t id, prtos_u32_t boot_apic_id, prtos_u32_t *apic_id)
{
	prtos_u32_t i, n = num_ids < CONFIG_MAX_CPUS ? num_ids : CONFIG_MAX_CPUS;

	if (id == 0) {
		*apic_id = boot_apic_id;
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (apic_ids[i] == boot_apic_id)
			continue;
		if (--id == 0) {
			*apic_id = apic_ids[i];
			return 0;
		}
	}
	return -1;
}
