/* The record at the start of the core image that tells the loader what this core accepts. */
#include <prtos/container.h>
#include <prtos/config_blob.h>

void core_entry(void);

const struct prtos_core_info prtos_core_info __attribute__((section(".core_info"), used)) = {
	.magic = PRTOS_CORE_MAGIC,
	.abi_version = PRTOS_ABI_VERSION_WORD,
	.config_version = PRTOS_CONFIG_VERSION,
	.config_size = sizeof(struct prtos_config),
	.boot_entry = (prtos_u32_t)core_entry,
};
