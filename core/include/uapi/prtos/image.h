/* The partition image header (spec: api.md section 1): found by the packer, checked by the core. */
#ifndef PRTOS_UAPI_IMAGE_H
#define PRTOS_UAPI_IMAGE_H

#include <prtos/types.h>
#include <prtos/version.h>

#define PRTOS_EXEC_PARTITION_MAGIC 0x24584D69U
#define PRTOS_MAX_CUSTOM_FILES 3
#ifndef CONFIG_MAX_NO_CUSTOMFILES
#define CONFIG_MAX_NO_CUSTOMFILES PRTOS_MAX_CUSTOM_FILES
#endif

struct pef_custom_file {
	prtos_address_t start_addr;
	prtos_u_size_t size;
};

struct prtos_image_hdr {
	prtos_u32_t start_signature;
	prtos_u32_t compilation_prtos_abi_version;
	prtos_u32_t compilation_prtos_api_version;
	prtos_address_t page_table; /* unused: the core owns partition page tables */
	prtos_u_size_t page_table_size;
	prtos_u32_t num_of_custom_files;
	struct pef_custom_file custom_file_table[CONFIG_MAX_NO_CUSTOMFILES];
	prtos_u32_t end_signature;
} __attribute__((packed));

#define __PRTOS_IMAGE_HDR __attribute__((section(".prtos_image_hdr"), used))

#endif
