/* custom_file: the partition's own image header declares one custom file at
 * CUSTOM_FILE_ADDR; the core copies it there before the partition starts. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define CUSTOM_FILE_ADDR 0x06080000
#define CUSTOM_FILE_SIZE 4096

struct prtos_image_hdr prtos_image_hdr __PRTOS_IMAGE_HDR = {
	.start_signature = PRTOS_EXEC_PARTITION_MAGIC,
	.compilation_prtos_abi_version = PRTOS_ABI_VERSION_WORD,
	.compilation_prtos_api_version = PRTOS_API_VERSION_WORD,
	.num_of_custom_files = 1,
	.custom_file_table = {{CUSTOM_FILE_ADDR, CUSTOM_FILE_SIZE}},
	.end_signature = PRTOS_EXEC_PARTITION_MAGIC,
};

void partition_main(void)
{
	const char *text = (const char *)CUSTOM_FILE_ADDR;
	prtos_u32_t len = strlen(text);

	printf("[P0] custom file 0 at 0x%x, %d bytes:\n", CUSTOM_FILE_ADDR, (int)len);
	prtos_write_console((char *)text, (prtos_s32_t)len);
	if (len > 0 && len < CUSTOM_FILE_SIZE && !strncmp(text, "This text was packed", 20))
		printf("[P0] Verification Passed\n");
	else
		printf("[P0] Verification Failed\n");
	prtos_halt_system();
}
