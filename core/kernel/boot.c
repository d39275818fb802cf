/* The container copy handed over by the loader: locate and re-check the configuration. */
#include <prtos/boot.h>
#include <prtos/printk.h>
#include <prtos/checksum.h>
#include <prtos/version.h>
#include <prtos/arch.h>
#include <prtos/config_check.h>

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

static int ranges_overlap(prtos_u32_t a, prtos_u32_t a_size, prtos_u32_t b, prtos_u32_t b_size)
{
	return a_size && b_size && a < (prtos_u64_t)b + b_size && b < (prtos_u64_t)a + a_size;
}

/* Defence in depth: config_check's rules "streams" and "memory blocks" refused these. */
const struct prtos_conf_memblock *boot_memblock_claim(const struct prtos_conf_dev_ref *dev)
{
	static prtos_u64_t claimed; /* bit n: memory block n backs a stream or the HM log */
	const struct prtos_conf_devices *d = &prtos_conf->devices;
	const struct prtos_conf_memblock *b;
	prtos_u32_t i;

	_Static_assert(PRTOS_CONF_MAX_MEMBLOCKS <= 64, "a bit of claimed per memory block");
	if (dev->type != PRTOS_DEV_MEMBLOCK || dev->index >= d->num_memblocks ||
	    dev->index >= PRTOS_CONF_MAX_MEMBLOCKS || (claimed & (1ULL << dev->index)))
		return NULL;
	b = &d->memblocks[dev->index];
	if ((prtos_u64_t)b->start + b->size > 0x100000000ULL ||
	    arch_phys_reserved(b->start, b->size) ||
	    ranges_overlap(b->start, b->size, prtos_conf->hyp.start, prtos_conf->hyp.size))
		return NULL;
	for (i = 0; i < d->num_memblocks; i++)
		if (i != dev->index &&
		    ranges_overlap(b->start, b->size, d->memblocks[i].start, d->memblocks[i].size))
			return NULL;
	claimed |= 1ULL << dev->index;
	return b;
}

/* Returns why the configuration blob cannot be trusted as a whole, or NULL. */
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
	return NULL;
}

/* "PRTOS: configuration refused: <what>" (config_error_format) */
static void print_refusal(const struct config_error *e)
{
	char what[CONFIG_CHECK_TEXT_MAX];

	config_error_format(e, what, sizeof(what));
	printk("PRTOS: configuration refused: %s\n", what);
}

/* What the configuration hands out must be the machine's RAM ("machine RAM"). */
static int boot_check_ram(const struct prtos_boot_info *info, struct config_error *err)
{
	struct config_ram ram[CONFIG_CHECK_RAM_RANGES];

	return config_check_ram(prtos_conf, ram,
				arch_config_machine_ram(info, ram, CONFIG_CHECK_RAM_RANGES), err);
}

int boot_container_init(const struct prtos_boot_info *info)
{
	const struct prtos_container_entry *cfg;
	struct config_error err;
	const char *why;

	container = arch_core_ptr(phys_addr(info->container));
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
	/* Every index and count the core uses from here on is bounded by this check. */
	if (config_check(prtos_conf, &err) || boot_check_ram(info, &err)) {
		print_refusal(&err);
		return -1;
	}
	return 0;
}
