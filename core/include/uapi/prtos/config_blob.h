/*
 * The compiled system configuration: a flat, position-independent blob written by the
 * config compiler (prtoscc) and checked by the loader and the core at boot. Table sizes
 * come from Kconfig, so a blob only fits a core built with the same limits: the size
 * field catches a mismatch. The core's pools are sized from the configuration. Times are microseconds in 32 bits (up to 71 minutes).
 */
#ifndef PRTOS_UAPI_CONFIG_BLOB_H
#define PRTOS_UAPI_CONFIG_BLOB_H

#include <prtos/types.h>
#include <prtos/hmdefs.h>
#include <prtos/version.h>
#include <prtos/pct.h>

#define PRTOS_CONFIG_SIGNATURE 0x46435250U /* "PRCF" */
#define PRTOS_CONFIG_VERSION PRTOS_SET_VERSION(1, 2, 0)

#define PRTOS_NAME_LEN 16 /* partition, plan, area and device names, NUL included */
#define PRTOS_PORT_NAME_LEN 32
#define PRTOS_SYSTEM_NAME_LEN 32

#define PRTOS_CONF_MAX_REGIONS 8
#define PRTOS_CONF_MAX_UARTS 4
#define PRTOS_CONF_MAX_MEMBLOCKS 8
#define PRTOS_CONF_MAX_RSW_AREAS 4
#define PRTOS_CONF_MAX_IO_RANGES 32
#define PRTOS_CONF_MAX_IRQS 16 /* ISA IRQ lines */

#define PRTOS_REGION_RAM 0
#define PRTOS_REGION_ROM 1

#define PRTOS_DEV_NONE 0
#define PRTOS_DEV_UART 1
#define PRTOS_DEV_VGA 2
#define PRTOS_DEV_MEMBLOCK 3

#define PRTOS_CHANNEL_SAMPLING 0
#define PRTOS_CHANNEL_QUEUING 1
#define PRTOS_NO_CHANNEL 0xFFFFFFFFU

/* Port directions and types as in the API. */
#define PRTOS_CONF_PORT_DESTINATION 1
#define PRTOS_CONF_PORT_SOURCE 2
#define PRTOS_CONF_PORT_SAMPLING 0
#define PRTOS_CONF_PORT_QUEUING 1

struct prtos_conf_dev_ref {
	prtos_u32_t type;  /* PRTOS_DEV_* */
	prtos_u32_t index; /* into the table of that type */
};

struct prtos_conf_hm_entry {
	prtos_u8_t action; /* PRTOS_HM_AC_* */
	prtos_u8_t log;	   /* 1: record in the HM log */
	prtos_u16_t reserved;
};

struct prtos_conf_region {
	prtos_u32_t type; /* PRTOS_REGION_* */
	prtos_u32_t start;
	prtos_u32_t size;
};

struct prtos_conf_area {
	char name[PRTOS_NAME_LEN];
	prtos_u32_t start; /* physical */
	prtos_u32_t size;
	prtos_u32_t mapped_at; /* virtual address seen by the partition */
	prtos_u32_t flags;     /* PRTOS_MEM_AREA_* */
	prtos_u32_t line;      /* XML line, for diagnostics */
};

struct prtos_conf_uart {
	char name[PRTOS_NAME_LEN];
	prtos_u32_t id; /* the platform's UART number, 0 = the first */
	prtos_u32_t baud_rate;
};

struct prtos_conf_memblock {
	char name[PRTOS_NAME_LEN];
	prtos_u32_t start;
	prtos_u32_t size;
};

struct prtos_conf_devices {
	prtos_u32_t num_uarts;
	struct prtos_conf_uart uarts[PRTOS_CONF_MAX_UARTS];
	prtos_u32_t has_vga;
	char vga_name[PRTOS_NAME_LEN];
	prtos_u32_t num_memblocks;
	struct prtos_conf_memblock memblocks[PRTOS_CONF_MAX_MEMBLOCKS];
};

struct prtos_conf_slot {
	prtos_u32_t id;
	prtos_u32_t start;    /* us from the start of the major frame */
	prtos_u32_t duration; /* us */
	prtos_u32_t partition_id;
	prtos_u32_t vcpu_id;
};

struct prtos_conf_plan {
	prtos_u32_t id;
	char name[PRTOS_NAME_LEN];
	prtos_u32_t major_frame; /* us */
	prtos_u32_t first_slot;	 /* index into prtos_config.slots */
	prtos_u32_t num_slots;
};

struct prtos_conf_cpu {
	prtos_u32_t id;
	prtos_u32_t freq_khz; /* 0: calibrate at boot */
	prtos_u32_t num_plans;
	struct prtos_conf_plan plans[CONFIG_MAX_PLANS];
};

struct prtos_conf_io_range {
	prtos_u32_t base;
	prtos_u32_t num_ports;
};

struct prtos_conf_partition {
	prtos_u32_t id;
	char name[PRTOS_NAME_LEN];
	prtos_u32_t flags; /* PRTOS_PART_* */
	prtos_u32_t num_vcpus;
	struct prtos_conf_dev_ref console;
	prtos_u32_t first_area; /* index into prtos_config.areas */
	prtos_u32_t num_areas;
	prtos_u32_t link_addr; /* where the image is linked: the first area's mapped_at */
	struct prtos_conf_hm_entry hm[PRTOS_HM_NUM_EVENTS];
	prtos_u32_t first_io_range;
	prtos_u32_t num_io_ranges;
	prtos_u32_t hw_irqs;	/* bit n: ISA IRQ line n */
	prtos_u32_t first_port; /* index into prtos_config.ports */
	prtos_u32_t num_ports;
	struct prtos_conf_dev_ref trace_device;
	prtos_u32_t trace_bitmask;
	prtos_u32_t period;   /* TemporalRequirements, us; 0 if absent */
	prtos_u32_t duration; /* us */
};

struct prtos_conf_port {
	char name[PRTOS_PORT_NAME_LEN];
	prtos_u32_t partition_id;
	prtos_u32_t direction; /* PRTOS_CONF_PORT_SOURCE / _DESTINATION */
	prtos_u32_t type;      /* PRTOS_CONF_PORT_SAMPLING / _QUEUING */
	prtos_u32_t channel;   /* index into prtos_config.channels, or PRTOS_NO_CHANNEL */
};

struct prtos_conf_channel {
	prtos_u32_t type; /* PRTOS_CHANNEL_* */
	prtos_u32_t max_msg_length;
	prtos_u32_t max_no_msgs;      /* queuing only */
	prtos_u32_t valid_period;     /* sampling only, us; 0 = always valid */
	prtos_u32_t source_port;      /* index into prtos_config.ports */
	prtos_u32_t num_destinations; /* destination ports (sampling: multicast) */
};

struct prtos_conf_ipvi {
	prtos_u32_t id;
	prtos_u32_t source_id;
	prtos_u32_t dst_mask[2]; /* bit n: partition n is a destination */
};

/*
 * The core's pools: memory whose size the configuration decides (Kconfig gives only
 * the upper bounds). prtoscc sizes them and lays them out at the top of the
 * hypervisor area, each page-aligned, in this order, the last ending at the area's
 * end; config_check() checks both against what the configuration needs.
 */
#define PRTOS_POOL_KSTACKS 0  /* CONFIG_KSTACK_SIZE bytes per vCPU */
#define PRTOS_POOL_PCT 1      /* one page per vCPU: its read-only control table */
#define PRTOS_POOL_PT 2	      /* page tables (arch_config_pt_pages) */
#define PRTOS_POOL_CHANNELS 3 /* channel buffers (prtos_channel_bytes of each) */
#define PRTOS_CONF_NUM_POOLS 4

struct prtos_conf_pool {
	prtos_u32_t offset; /* from the hypervisor area's start, 4 KiB aligned */
	prtos_u32_t size;   /* bytes the core uses of it */
};

struct prtos_conf_hypervisor {
	prtos_u32_t start; /* CONFIG_PRTOS_LOAD_ADDR */
	prtos_u32_t size;
	prtos_u32_t flags;
	prtos_u32_t line; /* XML line of its PhysicalMemoryArea, for diagnostics */
	struct prtos_conf_pool pools[PRTOS_CONF_NUM_POOLS];
	struct prtos_conf_dev_ref console;
	struct prtos_conf_dev_ref hm_device;
	struct prtos_conf_hm_entry hm[PRTOS_HM_NUM_EVENTS];
	struct prtos_conf_dev_ref trace_device;
	prtos_u32_t trace_bitmask;
};

struct prtos_conf_rsw {
	prtos_u32_t num_areas;
	struct prtos_conf_region areas[PRTOS_CONF_MAX_RSW_AREAS];
};

struct prtos_config {
	prtos_u32_t signature;	 /* PRTOS_CONFIG_SIGNATURE */
	prtos_u32_t version;	 /* PRTOS_CONFIG_VERSION */
	prtos_u32_t size;	 /* sizeof(struct prtos_config) */
	prtos_u32_t checksum;	 /* prtos_crc32 of the blob with this field 0 */
	prtos_u32_t abi_version; /* PRTOS_ABI_VERSION_WORD */
	char name[PRTOS_SYSTEM_NAME_LEN];

	prtos_u32_t num_regions;
	struct prtos_conf_region regions[PRTOS_CONF_MAX_REGIONS];
	struct prtos_conf_hypervisor hyp;
	struct prtos_conf_rsw rsw;
	struct prtos_conf_devices devices;

	prtos_u32_t num_cpus;
	struct prtos_conf_cpu cpus[CONFIG_MAX_CPUS];
	prtos_u32_t num_slots;
	struct prtos_conf_slot slots[CONFIG_MAX_SLOTS];

	prtos_u32_t num_partitions;
	struct prtos_conf_partition partitions[CONFIG_MAX_PARTITIONS];
	prtos_u32_t num_areas;
	struct prtos_conf_area areas[CONFIG_MAX_MEM_AREAS];
	prtos_u32_t num_io_ranges;
	struct prtos_conf_io_range io_ranges[PRTOS_CONF_MAX_IO_RANGES];

	prtos_u32_t num_ports;
	struct prtos_conf_port ports[CONFIG_MAX_PORTS];
	prtos_u32_t num_channels;
	struct prtos_conf_channel channels[CONFIG_MAX_CHANNELS];
	prtos_u32_t num_ipvis;
	struct prtos_conf_ipvi ipvis[CONFIG_MAX_IPVIS];
};

/*
 * Buffers of a sampling channel: one per destination (the one each may be
 * reading), the current message, and one for the next write. So a write
 * always finds a buffer nobody reads, and no read ever has to start again.
 */
static inline prtos_u32_t prtos_sampling_buffers(const struct prtos_conf_channel *c)
{
	return c->num_destinations + 2U;
}

/* Where a sampling channel's buffers start: after a 16-bit reader count for each. */
static inline prtos_u32_t prtos_sampling_buffers_offset(const struct prtos_conf_channel *c)
{
	return (2U * prtos_sampling_buffers(c) + 7U) & ~7U;
}

/*
 * Bytes a channel takes from the core's channel pool (PRTOS_POOL_CHANNELS, at most
 * CONFIG_CHANNEL_POOL_BYTES in all): the core carves the buffers with it. A sampling
 * channel holds a reader count for each buffer, then the buffers; a queuing
 * channel its slots and their sizes.
 */
static inline prtos_u32_t prtos_channel_bytes(const struct prtos_conf_channel *c)
{
	prtos_u32_t n =
		prtos_sampling_buffers_offset(c) + prtos_sampling_buffers(c) * c->max_msg_length;

	if (c->type == PRTOS_CHANNEL_QUEUING)
		n = c->max_no_msgs * (c->max_msg_length + 4U);
	return (n + 7U) & ~7U;
}

/* The blob holds only 32-bit fields and byte arrays: same layout on host and target. */
_Static_assert(sizeof(struct prtos_conf_hm_entry) == 4, "hm entry layout");
_Static_assert(sizeof(struct prtos_conf_area) == 36, "area layout");

#endif
