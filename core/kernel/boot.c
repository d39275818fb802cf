/* The container copy handed over by the loader: locate and re-check the configuration. */
#include <prtos/boot.h>
#include <prtos/printk.h>
#include <prtos/checksum.h>
#include <prtos/version.h>

const struct prtos_config *prtos_conf;
static const struct prtos_container_hdr *container;

const struct prtos_container_entry *boot_find_entry(prtos_u32_t type, prtos_u32_t id)
{
	const struct prtos_container_entry *e = (const void *)(container + 1);
	prtos_u32_t i;

	for (i = 0; i < container->num_entries; i++)
		if (e[i].type == type && e[i].id == id)
			return &e[i];
	return NULL;
}

const struct prtos_container_entry *boot_find_custom(prtos_u32_t part_id, prtos_u32_t index)
{
	const struct prtos_container_entry *e = (const void *)(container + 1);
	prtos_u32_t i;

	for (i = 0; i < container->num_entries; i++)
		if (e[i].type == PRTOS_ENTRY_CUSTOM_FILE && e[i].id == part_id &&
		    e[i].index == index)
			return &e[i];
	return NULL;
}

const void *boot_entry_data(const struct prtos_container_entry *e)
{
	return (const prtos_u8_t *)container + e->offset;
}

/* Returns why the configuration blob cannot be used, or NULL. */
static const char *config_error(const struct prtos_config *c, prtos_u32_t avail)
{
	struct prtos_config copy_hdr;
	prtos_u32_t crc;

	if (avail < sizeof(*c) || c->size != sizeof(*c))
		return "size does not match this core (built with other Kconfig limits?)";
	if (c->signature != PRTOS_CONFIG_SIGNATURE)
		return "bad signature";
	if (c->version != PRTOS_CONFIG_VERSION || c->abi_version != PRTOS_ABI_VERSION_WORD)
		return "built for another version of the core";
	copy_hdr.checksum = 0;
	crc = checksum_crc32(0, c, 12); /* signature, version, size */
	crc = checksum_crc32(crc, &copy_hdr.checksum, 4);
	crc = checksum_crc32(crc, (const prtos_u8_t *)c + 16, sizeof(*c) - 16);
	if (crc != c->checksum)
		return "checksum mismatch";
	if (c->num_cpus < 1 || c->cpus[0].num_plans < 1 || c->num_partitions < 1 ||
	    c->num_partitions > CONFIG_MAX_PARTITIONS)
		return "no processor, plan or partition";
	return NULL;
}

int boot_container_init(const struct prtos_boot_info *info)
{
	const struct prtos_container_entry *cfg;
	const char *why;

	container = (const struct prtos_container_hdr *)info->container;
	if (container->magic != PRTOS_CONTAINER_MAGIC) {
		printk("PRTOS: no container at 0x%08x\n", info->container);
		return -1;
	}
	cfg = boot_find_entry(PRTOS_ENTRY_CONFIG, 0);
	if (!cfg) {
		printk("PRTOS: the container holds no configuration\n");
		return -1;
	}
	prtos_conf = boot_entry_data(cfg);
	why = config_error(prtos_conf, cfg->file_size);
	if (why) {
		printk("PRTOS: configuration refused: %s\n", why);
		return -1;
	}
	return 0;
}
