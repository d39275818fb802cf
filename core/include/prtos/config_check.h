/*
 * The semantic checker of the compiled configuration (struct prtos_config): every
 * invariant the core relies on, checked on the binary form. Freestanding (no libc):
 * one source shared by prtoscc (on its own output), the resident loader and the core.
 * The blob's integrity (checksum) is each caller's own step; this checks what it says.
 * Sources: core/lib/config_check*.c and the arch part core/arch/<arch>/config_arch.c.
 */
#ifndef PRTOS_CONFIG_CHECK_H
#define PRTOS_CONFIG_CHECK_H

#include <prtos/types.h>
#include <prtos/config_blob.h>

/* Which class of rule refused the configuration (0 = accepted). */
enum config_errcode {
	CONFIG_OK = 0,
	CONFIG_E_HEADER,     /* signature, size, version, ABI of this build */
	CONFIG_E_COUNT,	     /* a count past its table or Kconfig limit */
	CONFIG_E_INDEX,	     /* a first_* range outside its table, or not in order */
	CONFIG_E_ID,	     /* an id that is not its place in the table */
	CONFIG_E_NAME,	     /* a name not terminated printable ASCII */
	CONFIG_E_DEVICE,     /* a device reference, or a memory block used twice */
	CONFIG_E_REGION,     /* memory regions, the loader's areas */
	CONFIG_E_HYPERVISOR, /* the hypervisor's area */
	CONFIG_E_MEMBLOCK,   /* memory blocks' placement */
	CONFIG_E_AREA,	     /* a partition area's alignment, flags, RAM region */
	CONFIG_E_OVERLAP,    /* an area over the core, the loader, a memory block or an area */
	CONFIG_E_RESERVED,   /* an area in memory the architecture keeps */
	CONFIG_E_PARTITION,  /* partition flags, vCPUs, temporal requirements */
	CONFIG_E_PLAN,
	CONFIG_E_SLOT,
	CONFIG_E_HM, /* health-monitor tables */
	CONFIG_E_IO, /* I/O port ranges */
	CONFIG_E_IRQ,
	CONFIG_E_PORT,
	CONFIG_E_CHANNEL,
	CONFIG_E_IPVI,
};

/*
 * Why the configuration was refused. Every user prints it as
 * "<table> <index>: <msg>[ <sub> <sub_index>][ (0x<value>)]"; table is NULL when the
 * rule is about the whole configuration, sub is NULL when there is no second item.
 * The strings are static.
 */
struct config_error {
	enum config_errcode code;
	const char *msg;
	const char *table; /* "partition", "area", "slot", "port", ... */
	prtos_u32_t index; /* into that table of struct prtos_config */
	const char *sub;   /* the other item a rule is about: "area", "event", ... */
	prtos_u32_t sub_index;
	int has_value;
	prtos_u32_t value; /* the offending value */
};

/*
 * Checks every rule on cfg, which must hold sizeof(*cfg) readable bytes, 4-byte
 * aligned (the checksum is the caller's: it is not looked at). Returns 0, or the
 * enum config_errcode of the first rule broken, also in err->code. Reads only.
 */
int config_check(const struct prtos_config *cfg, struct config_error *err);

/*
 * Writes err as "<table> <index>: <msg>[ <sub> <sub_index>][ (0x<value>)]" into buf
 * (size bytes, NUL-terminated, cut short if need be). Returns the length written.
 */
#define CONFIG_ERROR_TEXT_MAX 160 /* enough for every message the checker has */
prtos_u32_t config_error_format(const struct config_error *err, char *buf, prtos_u32_t size);

/* vCPUs per partition: CONFIG_MAX_VCPUS if Kconfig grows one, else one per processor. */
#ifdef CONFIG_MAX_VCPUS
#define CONFIG_CHECK_MAX_VCPUS CONFIG_MAX_VCPUS
#else
#define CONFIG_CHECK_MAX_VCPUS CONFIG_MAX_CPUS
#endif

/*
 * The architecture's part (core/arch/<arch>/config_arch.c): what it keeps from
 * partitions. Each returns NULL, or why the item is refused (a static phrase that
 * follows the item's name).
 */
/* The hypervisor's area, as the arch's paging needs it. */
const char *arch_config_hypervisor(const struct prtos_conf_hypervisor *h);
/* A memory region (RAM or ROM): no platform device registers. */
const char *arch_config_region(const struct prtos_conf_region *r);
/* Physical memory no partition area or memory block may use. */
const char *arch_config_phys(prtos_u32_t start, prtos_u32_t size);
/* Virtual addresses no partition may map (cfg gives the core's own area). */
const char *arch_config_virt(const struct prtos_config *cfg, prtos_u32_t va, prtos_u32_t size);
/* An I/O port range granted to a partition. */
const char *arch_config_io_range(const struct prtos_conf_io_range *r);
/* Hardware interrupt lines granted to a partition (bit n: line n). */
const char *arch_config_irqs(prtos_u32_t lines);

#endif
