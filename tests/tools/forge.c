/* Forgeries of a compiled configuration, by words: see forge.h. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "forge.h"
#include <prtos/config_check.h>

/* A table of struct prtos_config: where it is, its entries' size, capacity and count. */
struct forge_table {
	const char *name;
	size_t base, stride, capacity;
	size_t count; /* offset of its count in struct prtos_config, or 0: one entry */
};

#define CF(member) offsetof(struct prtos_config, member)
#define CAP(member, type) (sizeof(((struct prtos_config *)0)->member) / sizeof(type))
#define TABLE(name, member, type, count)                                 \
	{                                                                \
		name, CF(member), sizeof(type), CAP(member, type), count \
	}

static const struct forge_table tables[] = {
	{"config", 0, 0, 1, 0},
	{"hyp", CF(hyp), 0, 1, 0},
	TABLE("cpu", cpus, struct prtos_conf_cpu, CF(num_cpus)),
	TABLE("plan", cpus[0].plans, struct prtos_conf_plan, CF(cpus[0].num_plans)),
	TABLE("slot", slots, struct prtos_conf_slot, CF(num_slots)),
	TABLE("partition", partitions, struct prtos_conf_partition, CF(num_partitions)),
	TABLE("area", areas, struct prtos_conf_area, CF(num_areas)),
	TABLE("port", ports, struct prtos_conf_port, CF(num_ports)),
	TABLE("channel", channels, struct prtos_conf_channel, CF(num_channels)),
	TABLE("ipvi", ipvis, struct prtos_conf_ipvi, CF(num_ipvis)),
	TABLE("io", io_ranges, struct prtos_conf_io_range, CF(num_io_ranges)),
	TABLE("memblock", devices.memblocks, struct prtos_conf_memblock, CF(devices.num_memblocks)),
	TABLE("uart", devices.uarts, struct prtos_conf_uart, CF(devices.num_uarts)),
	TABLE("region", regions, struct prtos_conf_region, CF(num_regions)),
	TABLE("rsw", rsw.areas, struct prtos_conf_region, CF(rsw.num_areas)),
	TABLE("pool", hyp.pools, struct prtos_conf_pool, 0),
};

/* A 32-bit field of an entry of a table. */
struct forge_field {
	const char *table, *name;
	size_t offset;
};

#define FIELD(table, type, member)                     \
	{                                              \
		table, #member, offsetof(type, member) \
	}
#define CONF(member) FIELD("config", struct prtos_config, member)
#define HYP(member) FIELD("hyp", struct prtos_conf_hypervisor, member)
#define CPU(member) FIELD("cpu", struct prtos_conf_cpu, member)
#define PLAN(member) FIELD("plan", struct prtos_conf_plan, member)
#define SLOT(member) FIELD("slot", struct prtos_conf_slot, member)
#define PART(member) FIELD("partition", struct prtos_conf_partition, member)
#define AREA(member) FIELD("area", struct prtos_conf_area, member)
#define PORT(member) FIELD("port", struct prtos_conf_port, member)
#define CHAN(member) FIELD("channel", struct prtos_conf_channel, member)
#define IPVI(member) FIELD("ipvi", struct prtos_conf_ipvi, member)
#define IO(member) FIELD("io", struct prtos_conf_io_range, member)
#define MEMB(member) FIELD("memblock", struct prtos_conf_memblock, member)
#define UART(member) FIELD("uart", struct prtos_conf_uart, member)
#define REGION(member) FIELD("region", struct prtos_conf_region, member)
#define RSW(member) FIELD("rsw", struct prtos_conf_region, member)
#define POOL(member) FIELD("pool", struct prtos_conf_pool, member)

static const struct forge_field fields[] = {
	CONF(signature),
	CONF(version),
	CONF(size),
	CONF(abi_version),
	CONF(num_regions),
	CONF(rsw.num_areas),
	CONF(devices.num_uarts),
	CONF(devices.has_vga),
	CONF(devices.num_memblocks),
	CONF(num_cpus),
	CONF(num_slots),
	CONF(num_partitions),
	CONF(num_areas),
	CONF(num_io_ranges),
	CONF(num_ports),
	CONF(num_channels),
	CONF(num_ipvis),
	HYP(start),
	HYP(size),
	HYP(flags),
	HYP(console.type),
	HYP(console.index),
	HYP(hm_device.type),
	HYP(hm_device.index),
	HYP(trace_device.type),
	HYP(trace_device.index),
	CPU(id),
	CPU(num_plans),
	PLAN(id),
	PLAN(major_frame),
	PLAN(first_slot),
	PLAN(num_slots),
	SLOT(id),
	SLOT(start),
	SLOT(duration),
	SLOT(partition_id),
	SLOT(vcpu_id),
	PART(id),
	PART(flags),
	PART(num_vcpus),
	PART(console.type),
	PART(console.index),
	PART(first_area),
	PART(num_areas),
	PART(first_io_range),
	PART(num_io_ranges),
	PART(hw_irqs),
	PART(first_port),
	PART(num_ports),
	PART(trace_device.type),
	PART(trace_device.index),
	PART(period),
	PART(duration),
	AREA(start),
	AREA(size),
	AREA(mapped_at),
	AREA(flags),
	PORT(partition_id),
	PORT(direction),
	PORT(type),
	PORT(channel),
	CHAN(type),
	CHAN(max_msg_length),
	CHAN(max_no_msgs),
	CHAN(source_port),
	CHAN(num_destinations),
	IPVI(id),
	IPVI(source_id),
	IPVI(dst_mask[0]),
	IPVI(dst_mask[1]),
	IO(base),
	IO(num_ports),
	MEMB(start),
	MEMB(size),
	UART(id),
	UART(baud_rate),
	REGION(type),
	REGION(start),
	REGION(size),
	RSW(start),
	RSW(size),
	POOL(offset),
	POOL(size),
};

const char forge_usage[] =
	"set TABLE INDEX|all FIELD VALUE | hm PART|hyp EVENT ACTION | name-fill TABLE INDEX |\n"
	"name P TEXT | area I start|mapped ADDR | io I BASE N | memblock I START |\n"
	"config-version V | pools\n"
	"tables and fields: config: signature version size abi_version num_regions\n"
	"  rsw.num_areas devices.num_uarts devices.has_vga devices.num_memblocks num_cpus\n"
	"  num_slots num_partitions num_areas num_io_ranges num_ports num_channels num_ipvis;\n"
	"hyp: start size flags console.type console.index hm_device.type hm_device.index\n"
	"  trace_device.type trace_device.index; cpu: id num_plans; plan: id major_frame\n"
	"  first_slot num_slots; slot: id start duration partition_id vcpu_id; partition: id\n"
	"  flags num_vcpus console.type console.index first_area num_areas first_io_range\n"
	"  num_io_ranges hw_irqs first_port num_ports trace_device.type trace_device.index\n"
	"  period duration; area: start size mapped_at flags; port: partition_id direction\n"
	"  type channel; channel: type max_msg_length max_no_msgs source_port\n"
	"  num_destinations; ipvi: id source_id dst_mask[0] dst_mask[1]; io: base num_ports;\n"
	"  memblock: start size; region: type start size; rsw (the loader's areas): start\n"
	"  size; pool (0 kernel stacks, 1 control tables, 2 page tables, 3 channel\n"
	"  buffers; all: pool 0 only): offset size\n";

static prtos_u32_t num(const char *s)
{
	return (prtos_u32_t)strtoul(s, NULL, 0);
}

static const struct forge_table *find_table(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (!strcmp(tables[i].name, name))
			return &tables[i];
	return NULL;
}

static const struct forge_field *find_field(const char *table, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (!strcmp(fields[i].table, table) && !strcmp(fields[i].name, name))
			return &fields[i];
	return NULL;
}

static prtos_u32_t *word_at(struct prtos_config *cfg, size_t offset)
{
	return (prtos_u32_t *)((unsigned char *)cfg + offset);
}

/* Entries [*first, *end) of table t that INDEX|all names; -1 if none. */
static int entries(struct prtos_config *cfg, const struct forge_table *t, const char *index,
		   size_t *first, size_t *end)
{
	if (!strcmp(index, "all")) {
		*first = 0;
		*end = t->count ? *word_at(cfg, t->count) : 1;
		if (*end > t->capacity)
			*end = t->capacity;
	} else {
		*first = num(index);
		*end = *first + 1;
	}
	return *first < *end && *end <= t->capacity ? 0 : -1;
}

/* set TABLE INDEX|all FIELD VALUE */
static int forge_set(struct prtos_config *cfg, char **argv, const char **why)
{
	const struct forge_table *t = find_table(argv[0]);
	const struct forge_field *f = t ? find_field(t->name, argv[2]) : NULL;
	size_t i, first, end;

	if (!f) {
		*why = "unknown table or field";
		return -1;
	}
	if (entries(cfg, t, argv[1], &first, &end)) {
		*why = "index past the table";
		return -1;
	}
	for (i = first; i < end; i++)
		*word_at(cfg, t->base + i * t->stride + f->offset) = num(argv[3]);
	return 0;
}

/* hm PART|hyp EVENT ACTION */
static int forge_hm(struct prtos_config *cfg, char **argv, const char **why)
{
	struct prtos_conf_hm_entry *hm = cfg->hyp.hm;
	prtos_u32_t ev = num(argv[1]);

	if (strcmp(argv[0], "hyp")) {
		if (num(argv[0]) >= CONFIG_MAX_PARTITIONS) {
			*why = "no such partition";
			return -1;
		}
		hm = cfg->partitions[num(argv[0])].hm;
	}
	if (ev >= PRTOS_HM_NUM_EVENTS) {
		*why = "no such event";
		return -1;
	}
	hm[ev].action = (prtos_u8_t)num(argv[2]);
	return 0;
}

/* The name field of entry INDEX of TABLE, and its size; NULL if there is none. */
static char *name_of(struct prtos_config *cfg, const char *table, prtos_u32_t i, size_t *len)
{
	*len = PRTOS_NAME_LEN;
	if (!strcmp(table, "config")) {
		*len = sizeof(cfg->name);
		return cfg->name;
	}
	if (!strcmp(table, "partition") && i < CONFIG_MAX_PARTITIONS)
		return cfg->partitions[i].name;
	if (!strcmp(table, "area") && i < CONFIG_MAX_MEM_AREAS)
		return cfg->areas[i].name;
	if (!strcmp(table, "plan") && i < CONFIG_MAX_PLANS)
		return cfg->cpus[0].plans[i].name;
	if (!strcmp(table, "memblock") && i < PRTOS_CONF_MAX_MEMBLOCKS)
		return cfg->devices.memblocks[i].name;
	*len = PRTOS_PORT_NAME_LEN;
	if (!strcmp(table, "port") && i < CONFIG_MAX_PORTS)
		return cfg->ports[i].name;
	return NULL;
}

/* name-fill TABLE INDEX */
static int forge_name_fill(struct prtos_config *cfg, char **argv, const char **why)
{
	size_t len;
	char *name = name_of(cfg, argv[0], num(argv[1]), &len);

	if (!name) {
		*why = "no such name";
		return -1;
	}
	memset(name, 'X', len);
	return 0;
}

/* name P TEXT, each "\n" in TEXT a newline */
static int forge_name(struct prtos_config *cfg, char **argv, const char **why)
{
	size_t len, n = 0;
	char *name = name_of(cfg, "partition", num(argv[0]), &len);
	const char *s;

	if (!name) {
		*why = "no such partition";
		return -1;
	}
	for (s = argv[1]; *s && n + 1 < len; s++)
		name[n++] = (s[0] == '\\' && s[1] == 'n') ? (s++, '\n') : *s;
	name[n] = '\0';
	return 0;
}

/* The older shorthands: area, io, memblock, config-version. */
static int forge_short(struct prtos_config *cfg, int argc, char **argv, const char **why)
{
	char *set[4] = {NULL, argv[1], NULL, NULL};

	if (!strcmp(argv[0], "area") && argc == 4 &&
	    (!strcmp(argv[2], "start") || !strcmp(argv[2], "mapped"))) {
		set[0] = "area";
		set[2] = strcmp(argv[2], "start") ? "mapped_at" : "start";
		set[3] = argv[3];
		return forge_set(cfg, set, why);
	}
	if (!strcmp(argv[0], "io") && argc == 4) {
		set[0] = "io";
		set[2] = "base";
		set[3] = argv[2];
		if (forge_set(cfg, set, why))
			return -1;
		set[2] = "num_ports";
		set[3] = argv[3];
		return forge_set(cfg, set, why);
	}
	if (!strcmp(argv[0], "memblock") && argc == 3) {
		set[0] = "memblock";
		set[2] = "start";
		set[3] = argv[2];
		return forge_set(cfg, set, why);
	}
	if (!strcmp(argv[0], "config-version") && argc == 2) {
		cfg->version = num(argv[1]);
		return 0;
	}
	if (!strcmp(argv[0], "pools") && argc == 1) {
		config_pools_layout(cfg, cfg->hyp.pools); /* as prtoscc would */
		return 0;
	}
	*why = "unknown forgery";
	return -1;
}

int forge_apply(struct prtos_config *cfg, int argc, char **argv, const char **why)
{
	if (argc < 1) {
		*why = "no forgery";
		return -1;
	}
	if (!strcmp(argv[0], "set") && argc == 5)
		return forge_set(cfg, argv + 1, why);
	if (!strcmp(argv[0], "hm") && argc == 4)
		return forge_hm(cfg, argv + 1, why);
	if (!strcmp(argv[0], "name-fill") && argc == 3)
		return forge_name_fill(cfg, argv + 1, why);
	if (!strcmp(argv[0], "name") && argc == 3)
		return forge_name(cfg, argv + 1, why);
	return forge_short(cfg, argc, argv, why);
}
