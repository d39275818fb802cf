/* The default image header, alone in its archive member: a partition that defines
 * its own prtos_image_hdr (for custom files) does not pull this one in. */
#include <prtos.h>

struct prtos_image_hdr prtos_image_hdr __PRTOS_IMAGE_HDR = {
	.start_signature = PRTOS_EXEC_PARTITION_MAGIC,
	.compilation_prtos_abi_version = PRTOS_ABI_VERSION_WORD,
	.compilation_prtos_api_version = PRTOS_API_VERSION_WORD,
	.num_of_custom_files = 0,
	.end_signature = PRTOS_EXEC_PARTITION_MAGIC,
};
