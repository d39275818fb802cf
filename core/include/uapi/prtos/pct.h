/* The partition control table: a read-only page per vCPU mapped at PRTOS_PCT_VADDR. */
#ifndef PRTOS_UAPI_PCT_H
#define PRTOS_UAPI_PCT_H

#include <prtos/types.h>

#define PRTOS_PCT_MAGIC 0x54435058U /* "XPCT" */

/* Partition flags, as in the XML flags attribute. */
#define PRTOS_PART_SYSTEM 0x100
#define PRTOS_PART_FP 0x200

/* Memory-area flags, as in the XML flags attribute. */
#define PRTOS_MEM_AREA_SHARED 0x1
#define PRTOS_MEM_AREA_UNMAPPED 0x2
#define PRTOS_MEM_AREA_READONLY 0x4
#define PRTOS_MEM_AREA_UNCACHEABLE 0x8
#define PRTOS_MEM_AREA_ROM 0x10
#define PRTOS_MEM_AREA_FLAG0 0x20
#define PRTOS_MEM_AREA_FLAG1 0x40
#define PRTOS_MEM_AREA_FLAG2 0x80
#define PRTOS_MEM_AREA_FLAG3 0x100

#define PRTOS_PCT_NAME_LEN 16
#define PRTOS_PCT_MAX_AREAS 32

/* Virtual interrupt flag in iflags (bit 9, where a 32-bit PC keeps its own). */
#define PRTOS_VIRQ_IF 0x200

struct prtos_physical_mem_map {
	char name[PRTOS_PCT_NAME_LEN];
	prtos_address_t start_addr;
	prtos_address_t mapped_at;
	prtos_u_size_t size;
	prtos_u32_t flags;
};

struct prtos_cyclic_sched_info {
	prtos_u32_t no_slot;	   /* index of the current slot in its plan */
	prtos_u32_t id;		   /* the slot's id */
	prtos_u32_t slot_duration; /* us */
};

typedef struct {
	prtos_u32_t magic;
	prtos_u32_t prtos_version;
	prtos_u32_t prtos_abi_version;
	prtos_u32_t prtos_api_version;
	prtos_u32_t reset_counter;
	prtos_u32_t reset_status;
	prtos_u32_t cpu_khz;
	prtos_id_t id; /* bits 0-7: partition id, bits 8 and up: vCPU id */
	char name[PRTOS_PCT_NAME_LEN];
	prtos_u32_t num_of_vcpus;
	prtos_u32_t flags;  /* PRTOS_PART_* */
	prtos_u32_t iflags; /* PRTOS_VIRQ_IF */
	prtos_u32_t hw_pend_irqs;
	prtos_u32_t hw_mask_irqs;
	prtos_u32_t ext_pend_irqs;
	prtos_u32_t ext_mask_irqs;
	struct prtos_cyclic_sched_info cyclic_sched_info;
	prtos_u32_t num_of_physical_mem_areas;
	struct prtos_physical_mem_map physical_mem_map[PRTOS_PCT_MAX_AREAS];
} partition_control_table_t;

#define PCT_GET_PARTITION_ID(pct) ((pct)->id & 0xFF)
#define PCT_GET_VCPU_ID(pct) ((pct)->id >> 8)

#endif
