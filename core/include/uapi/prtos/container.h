/*
 * The container: core, compiled configuration and partition images in one file,
 * written by prtospack, listed by prtosinspect, checked by the resident loader.
 * All offsets are from the first byte of the container; every payload is 4 KiB aligned.
 */
#ifndef PRTOS_UAPI_CONTAINER_H
#define PRTOS_UAPI_CONTAINER_H

#include <prtos/types.h>
#include <prtos/version.h>

#define PRTOS_CONTAINER_MAGIC 0x43545250U /* "PRTC" */
#define PRTOS_CONTAINER_VERSION PRTOS_SET_VERSION(1, 0, 0)
#define PRTOS_CONTAINER_MAX_ENTRIES 64
#define PRTOS_CONTAINER_ALIGN 4096

#define PRTOS_ENTRY_CORE 1
#define PRTOS_ENTRY_CONFIG 2
#define PRTOS_ENTRY_PARTITION 3
#define PRTOS_ENTRY_CUSTOM_FILE 4

struct prtos_container_hdr {
	prtos_u32_t magic;	 /* PRTOS_CONTAINER_MAGIC */
	prtos_u32_t version;	 /* PRTOS_CONTAINER_VERSION */
	prtos_u32_t abi_version; /* PRTOS_ABI_VERSION_WORD of the tools that packed it */
	prtos_u32_t hdr_size;	 /* this header plus the entry table */
	prtos_u32_t total_size;	 /* the whole container */
	prtos_u32_t num_entries;
	prtos_u32_t reserved;
	prtos_u32_t hdr_checksum; /* prtos_crc32 of header + entries, this field 0 */
};

struct prtos_container_entry {
	prtos_u32_t type;      /* PRTOS_ENTRY_* */
	prtos_u32_t id;	       /* partition id (PARTITION, CUSTOM_FILE) */
	prtos_u32_t index;     /* custom file index within its partition */
	prtos_u32_t offset;    /* payload offset in the container */
	prtos_u32_t file_size; /* payload bytes */
	prtos_u32_t load_addr; /* address of the payload's first byte once loaded */
	prtos_u32_t mem_size;  /* bytes occupied once loaded; the tail past file_size is zeroed */
	prtos_u32_t entry;     /* entry point (CORE, PARTITION) */
	prtos_u32_t image_hdr; /* address of the prtos_image_hdr (PARTITION) */
	prtos_u32_t checksum;  /* prtos_crc32 of the payload */
	char name[16];	       /* file name, for the inspector */
};

/*
 * The core image starts with this record so that the loader can tell whether a
 * configuration was compiled for it (same ABI, same table sizes).
 */
#define PRTOS_CORE_MAGIC 0x45524F43U /* "CORE" */
struct prtos_core_info {
	prtos_u32_t magic;	    /* PRTOS_CORE_MAGIC */
	prtos_u32_t abi_version;    /* PRTOS_ABI_VERSION_WORD */
	prtos_u32_t config_version; /* PRTOS_CONFIG_VERSION it understands */
	prtos_u32_t config_size;    /* sizeof(struct prtos_config) it was built with */
	prtos_u32_t boot_entry;	    /* physical entry point */
};

/* What the loader hands to the core (EAX = PRTOS_BOOT_MAGIC, EBX = &prtos_boot_info). */
#define PRTOS_BOOT_MAGIC 0x50525453U /* "PRTS" */
struct prtos_boot_info {
	prtos_u32_t container; /* physical address of the container copy */
	prtos_u32_t container_size;
	prtos_u32_t mem_upper_kb; /* from multiboot, 0 if unknown */
};

#endif
