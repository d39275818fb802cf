/*
 * Container checker: validates a whole container (header, entries, payload checksums,
 * core/configuration match, partition images against their areas) before anything is
 * loaded. Freestanding: shared by the resident loader, prtospack, prtosinspect and tests.
 */
#ifndef PRTOS_LOADER_CONTAINER_H
#define PRTOS_LOADER_CONTAINER_H

#include <prtos/types.h>
#include <prtos/container.h>
#include <prtos/config_blob.h>
#include <prtos/image.h>

/* Why container_check refused a container (0 = accepted). */
enum container_errcode {
	CONTAINER_OK = 0,
	CONTAINER_E_ALIGN, /* base pointer not 4-byte aligned */
	CONTAINER_E_SHORT, /* buffer smaller than the header */
	CONTAINER_E_MAGIC,
	CONTAINER_E_VERSION,
	CONTAINER_E_ABI,
	CONTAINER_E_NUM_ENTRIES,
	CONTAINER_E_HDR_SIZE,
	CONTAINER_E_HDR_CHECKSUM,
	CONTAINER_E_TOTAL_SIZE, /* total_size smaller than the header */
	CONTAINER_E_TRUNCATED,	/* total_size larger than the buffer */
	CONTAINER_E_ENTRY_TYPE,
	CONTAINER_E_ENTRY_RANGE, /* payload outside the container */
	CONTAINER_E_ENTRY_ALIGN,
	CONTAINER_E_ENTRY_OVERLAP,
	CONTAINER_E_MEM_SIZE, /* mem_size < file_size, or load range wraps */
	CONTAINER_E_CHECKSUM,
	CONTAINER_E_NO_CORE,
	CONTAINER_E_DUP_CORE,
	CONTAINER_E_NO_CONFIG,
	CONTAINER_E_DUP_CONFIG,
	CONTAINER_E_CORE_INFO, /* core too small or bad core magic */
	CONTAINER_E_CORE_ABI,
	CONTAINER_E_CONFIG_SIGNATURE,
	CONTAINER_E_CONFIG_VERSION, /* not the version this loader understands */
	CONTAINER_E_CONFIG_SIZE,    /* blob size field vs payload / this loader */
	CONTAINER_E_CONFIG_ABI,
	CONTAINER_E_CONFIG_CHECKSUM,
	CONTAINER_E_CONFIG_CORE_SIZE,	 /* configuration built for another core */
	CONTAINER_E_CONFIG_CORE_VERSION, /* configuration built for another core */
	CONTAINER_E_CONFIG_TABLES,	 /* partition/area counts or indices out of range */
	CONTAINER_E_CORE_AREA,		 /* core outside the hypervisor's memory */
	CONTAINER_E_PART_ID,		 /* partition not in the configuration */
	CONTAINER_E_PART_DUP,
	CONTAINER_E_PART_MISSING,
	CONTAINER_E_IMAGE_AREA,	   /* image not inside one of its partition's areas */
	CONTAINER_E_IMAGE_HDR,	   /* image header address outside the image file data */
	CONTAINER_E_IMAGE_HDR_SIG, /* image header signatures */
	CONTAINER_E_CUSTOM_ID,
	CONTAINER_E_CUSTOM_DUP,
	CONTAINER_E_CUSTOM_HDR, /* not where the image header declares it */
	CONTAINER_E_CUSTOM_AREA,
	CONTAINER_E_PADDING, /* a byte outside the header and the payloads is not zero */
};

/*
 * What went wrong, for the loader and tools to print. msg is a static string.
 * entry is the entry index or -1 when the error is not about one entry; type/id/index
 * copy that entry's fields. expected/got are meaningful when has_values is set.
 */
struct container_error {
	enum container_errcode code;
	const char *msg;
	prtos_s32_t entry;
	prtos_u32_t type;
	prtos_u32_t id;
	prtos_u32_t index;
	int has_values;
	prtos_u32_t expected;
	prtos_u32_t got;
};

/*
 * Check everything about the container at base (size bytes available). Returns 0 or the
 * (positive) enum container_errcode, also stored in err->code. Reads only; err may be
 * NULL. On success the lookup helpers below may be used without further checks.
 */
int container_check(const void *base, prtos_u32_t size, struct container_error *err);

/*
 * Format err as "container: entry 3 (partition 1): checksum mismatch (expected 0x...,
 * got 0x...)" into buf (always NUL-terminated when len > 0). Returns the string length.
 */
prtos_u32_t container_error_format(const struct container_error *err, char *buf, prtos_u32_t len);

/* Short name of an entry type: "core", "config", "partition", "custom", or "?". */
const char *container_type_name(prtos_u32_t type);

/* Lookups: valid only on a container that passed container_check. */
const struct prtos_container_hdr *container_hdr(const void *base);
const struct prtos_container_entry *container_entry(const void *base, prtos_u32_t i);
/* First entry of that type with that id/index (both ignored for CORE/CONFIG), or NULL. */
const struct prtos_container_entry *container_find(const void *base, prtos_u32_t type,
						   prtos_u32_t id, prtos_u32_t index);
/*
 * Where the loader copies the container: just after the core's memory, rounded up to
 * PRTOS_CONTAINER_ALIGN (below the core's pools: container_check makes sure).
 */
prtos_u32_t container_copy_addr(const void *base);
const void *container_payload(const void *base, const struct prtos_container_entry *e);
const struct prtos_core_info *container_core_info(const void *base);
const struct prtos_config *container_config(const void *base);
/* The image header inside a PARTITION entry's payload (packed struct, any alignment). */
const struct prtos_image_hdr *container_image_hdr(const void *base,
						  const struct prtos_container_entry *e);

/*
 * Index into cfg->areas of the area of partition part_id whose virtual range
 * [mapped_at, mapped_at + size) holds [vaddr, vaddr + size), or -1. Physical address of
 * vaddr is then areas[i].start + (vaddr - areas[i].mapped_at). cfg must be checked.
 */
prtos_s32_t container_area_of(const struct prtos_config *cfg, prtos_u32_t part_id,
			      prtos_u32_t vaddr, prtos_u32_t size);

/*
 * Find a container inside a larger image (e.g. resident_sw: loader then container):
 * the first 4 KiB-aligned offset holding PRTOS_CONTAINER_MAGIC. Returns 0 and sets
 * *offset, or -1. Does not check the container.
 */
int container_locate(const void *buf, prtos_u32_t size, prtos_u32_t *offset);

#endif
