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
#include <prtos/container.h>

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
	CONFIG_E_RAM, /* memory handed out that the machine does not have as RAM */
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

/* A range of the machine's RAM, [start, end), as its boot loader or firmware reports it. */
#define CONFIG_CHECK_RAM_RANGES 8 /* the most ranges a boot passes to config_check_ram */
struct config_ram {
	prtos_u32_t start;
	prtos_u64_t end;
};

/*
 * Rule "machine RAM": the hypervisor's area, every partition area and every memory
 * block lie in one of the num ranges of ram. For the boot, which knows the machine:
 * call it after config_check() succeeded (the counts are bounded). Returns 0 or
 * CONFIG_E_RAM; num == 0 (RAM unknown) is refused too.
 */
int config_check_ram(const struct prtos_config *cfg, const struct config_ram *ram, prtos_u32_t num,
		     struct config_error *err);

/*
 * The core's pools for cfg (PRTOS_POOL_* of config_blob.h): each one's size from
 * what cfg needs, and its place at the top of the hypervisor area, into
 * pools[PRTOS_CONF_NUM_POOLS]. Returns the bytes they take (each rounded up to a
 * page); past hyp.size the offsets are 0. For a configuration that passed the
 * rules "counts" and "ranges". Rule "core pools" checks cfg->hyp.pools against it.
 */
prtos_u64_t config_pools_layout(const struct prtos_config *cfg, struct prtos_conf_pool *pools);
/* Where partition part's first vCPU is among the kernel stacks of PRTOS_POOL_KSTACKS (and
 * the control tables of PRTOS_POOL_PCT): one each per vCPU. */
prtos_u32_t config_pool_kstack_index(const struct prtos_config *cfg, prtos_u32_t part);

/*
 * Writes err as "<table> <index>: <msg>[ <sub> <sub_index>][ (0x<value>)]" into buf
 * (size bytes, NUL-terminated, cut short if need be). Returns the length written.
 */
#define CONFIG_CHECK_TEXT_MAX 160 /* enough for every message the checker has */
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
/*
 * The machine's RAM as the boot information reports it (at most max ranges);
 * returns how many ranges it wrote, 0 if it is unknown.
 */
prtos_u32_t arch_config_machine_ram(const struct prtos_boot_info *info, struct config_ram *ram,
				    prtos_u32_t max);
/*
 * 1 if the console UART can run at baud: the 16550's 115200 divided by a whole
 * number (115200, 57600, 38400, 19200, 9600, ...). Rule "uarts".
 */
int config_uart_baud_ok(prtos_u32_t baud);
/*
 * Whether the partitions' address spaces fit what the core keeps for them (such as
 * CONFIG_PT_POOL_PAGES page-table pages). Called once the areas passed every other
 * rule. NULL, or why, with *part the first partition that does not fit and *pages
 * what the spaces up to it need.
 */
const char *arch_config_spaces(const struct prtos_config *cfg, prtos_u32_t *part,
			       prtos_u32_t *pages);
/* Page-table pages the core takes for cfg: every address space and its own. */
prtos_u32_t arch_config_pt_pages(const struct prtos_config *cfg);
/* What one partition's address space takes of it (the core checks its own use against it). */
prtos_u32_t arch_config_space_pages(const struct prtos_config *cfg,
				    const struct prtos_conf_partition *p);
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
