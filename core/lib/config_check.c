/*
 * The configuration checker: the header, every count and every table range first (so
 * that the later steps index only inside the blob), then names and ids, memory,
 * schedule, partitions, devices, communication, and the core's pools. Freestanding; see config_check.h.
 */
#include "config_check_internal.h"

#include <prtos/version.h>

int config_fail(struct config_error *err, enum config_errcode code, const char *table,
		prtos_u32_t index, const char *msg)
{
	err->code = code;
	err->msg = msg;
	err->table = table;
	err->index = index;
	return code;
}

int config_fail_val(struct config_error *err, enum config_errcode code, const char *table,
		    prtos_u32_t index, const char *msg, prtos_u32_t value)
{
	err->has_value = 1;
	err->value = value;
	return config_fail(err, code, table, index, msg);
}

int config_fail_sub(struct config_error *err, enum config_errcode code, const char *table,
		    prtos_u32_t index, const char *msg, const char *sub, prtos_u32_t sub_index)
{
	err->sub = sub;
	err->sub_index = sub_index;
	return config_fail(err, code, table, index, msg);
}

static int check_header(const struct prtos_config *c, struct config_error *err)
{
	if (c->signature != PRTOS_CONFIG_SIGNATURE)
		return config_fail_val(err, CONFIG_E_HEADER, NULL, 0, "bad signature",
				       c->signature);
	if (c->size != sizeof(*c))
		return config_fail_val(err, CONFIG_E_HEADER, NULL, 0,
				       "size is not this build's (other Kconfig limits?)", c->size);
	if (c->version != PRTOS_CONFIG_VERSION || c->abi_version != PRTOS_ABI_VERSION_WORD)
		return config_fail_val(err, CONFIG_E_HEADER, NULL, 0,
				       "built for another version of the core", c->version);
	return 0;
}

/* One count against its bounds; table NULL: a count of the whole configuration. */
static int count_ok(struct config_error *err, const char *table, prtos_u32_t index, const char *msg,
		    prtos_u32_t n, prtos_u32_t min, prtos_u32_t max)
{
	if (n >= min && n <= max)
		return 0;
	return config_fail_val(err, CONFIG_E_COUNT, table, index, msg, n);
}

#define COUNT_AT(field) ((prtos_u32_t) __builtin_offsetof(struct prtos_config, field))

/* Rule "counts": every table's count within its table and the Kconfig limits. */
static const struct count_rule {
	prtos_u32_t offset; /* of the count in struct prtos_config */
	prtos_u32_t min, max;
	const char *msg;
} count_rules[] = {
	{COUNT_AT(num_regions), 1, PRTOS_CONF_MAX_REGIONS, "number of regions out of range"},
	{COUNT_AT(rsw.num_areas), 0, PRTOS_CONF_MAX_RSW_AREAS,
	 "number of loader areas out of range"},
	{COUNT_AT(devices.num_uarts), 0, PRTOS_CONF_MAX_UARTS, "number of UARTs out of range"},
	{COUNT_AT(devices.has_vga), 0, 1, "number of VGA devices out of range"},
	{COUNT_AT(devices.num_memblocks), 0, PRTOS_CONF_MAX_MEMBLOCKS,
	 "number of memory blocks out of range"},
	{COUNT_AT(num_cpus), 1, CONFIG_MAX_CPUS, "number of processors out of range"},
	{COUNT_AT(num_slots), 0, CONFIG_MAX_SLOTS, "number of slots out of range"},
	{COUNT_AT(num_partitions), 1, CONFIG_MAX_PARTITIONS, "number of partitions out of range"},
	{COUNT_AT(num_areas), 1, CONFIG_MAX_MEM_AREAS, "number of areas out of range"},
	{COUNT_AT(num_io_ranges), 0, PRTOS_CONF_MAX_IO_RANGES,
	 "number of I/O port ranges out of range"},
	{COUNT_AT(num_ports), 0, CONFIG_MAX_PORTS, "number of ports out of range"},
	{COUNT_AT(num_channels), 0, CONFIG_MAX_CHANNELS, "number of channels out of range"},
	{COUNT_AT(num_ipvis), 0, CONFIG_MAX_IPVIS, "number of IPVIs out of range"},
};

static int check_counts(const struct prtos_config *c, struct config_error *err)
{
	const struct count_rule *r;
	prtos_u32_t n;

	for (r = count_rules; r < count_rules + sizeof(count_rules) / sizeof(*r); r++) {
		n = *(const prtos_u32_t *)((const prtos_u8_t *)c + r->offset);
		if (count_ok(err, NULL, 0, r->msg, n, r->min, r->max))
			return err->code;
	}
	return 0;
}

/*
 * Rule "ranges": a partition's (or plan's) slice of a table starts where the previous
 * one's ended and stays inside the table, so slices never share an entry. *next is
 * where the next slice must start.
 */
static int slice_ok(struct config_error *err, const char *table, prtos_u32_t index,
		    const char *what, prtos_u32_t first, prtos_u32_t num, prtos_u32_t total,
		    prtos_u32_t *next)
{
	if (first != *next)
		return config_fail_val(err, CONFIG_E_INDEX, table, index, what, first);
	if (num > total - first)
		return config_fail_val(err, CONFIG_E_INDEX, table, index, what, num);
	*next = first + num;
	return 0;
}

static int check_plan_ranges(const struct prtos_config *c, struct config_error *err)
{
	const struct prtos_conf_plan *p;
	prtos_u32_t cpu, i, next = 0;
	int rc;

	for (cpu = 0; cpu < c->num_cpus; cpu++) {
		rc = count_ok(err, "processor", cpu, "number of plans out of range",
			      c->cpus[cpu].num_plans, 1, CONFIG_MAX_PLANS);
		for (i = 0; !rc && i < c->cpus[cpu].num_plans; i++) {
			p = &c->cpus[cpu].plans[i];
			rc = slice_ok(err, "plan", i,
				      "slots outside the slot table or out of order", p->first_slot,
				      p->num_slots, c->num_slots, &next);
		}
		if (rc)
			return rc;
	}
	if (next != c->num_slots)
		return config_fail_val(err, CONFIG_E_INDEX, NULL, 0, "slots in no plan",
				       c->num_slots - next);
	return 0;
}

/* Areas, I/O port ranges and ports of partition i; next[] where each slice must start. */
static int partition_slices(const struct prtos_config *c, prtos_u32_t i, prtos_u32_t *next,
			    struct config_error *err)
{
	const struct prtos_conf_partition *p = &c->partitions[i];

	if (count_ok(err, "partition", i, "number of areas out of range", p->num_areas, 1,
		     PRTOS_PCT_MAX_AREAS) ||
	    slice_ok(err, "partition", i, "areas outside the area table or out of order",
		     p->first_area, p->num_areas, c->num_areas, &next[0]) ||
	    slice_ok(err, "partition", i, "I/O port ranges outside their table or out of order",
		     p->first_io_range, p->num_io_ranges, c->num_io_ranges, &next[1]) ||
	    slice_ok(err, "partition", i, "ports outside the port table or out of order",
		     p->first_port, p->num_ports, c->num_ports, &next[2]))
		return err->code;
	return 0;
}

static int check_partition_ranges(const struct prtos_config *c, struct config_error *err)
{
	prtos_u32_t i, next[3] = {0, 0, 0};

	for (i = 0; i < c->num_partitions; i++)
		if (partition_slices(c, i, next, err))
			return err->code;
	if (next[0] != c->num_areas || next[1] != c->num_io_ranges || next[2] != c->num_ports)
		return config_fail(err, CONFIG_E_INDEX, NULL, 0,
				   "areas, I/O port ranges or ports that belong to no partition");
	return 0;
}

static const char name_bad[] = "name is not terminated printable ASCII";

/* Rule "names": NUL-terminated within their field, printable ASCII (the core prints them). */
static int name_ok(const char *name, prtos_u32_t max)
{
	prtos_u32_t i;

	for (i = 0; i < max && name[i]; i++)
		if (name[i] < 0x20 || name[i] > 0x7E)
			return 0;
	return i < max;
}

static int check_device_names(const struct prtos_config *c, struct config_error *err)
{
	const struct prtos_conf_devices *d = &c->devices;
	prtos_u32_t i;

	for (i = 0; i < d->num_uarts; i++)
		if (!name_ok(d->uarts[i].name, PRTOS_NAME_LEN))
			return config_fail(err, CONFIG_E_NAME, "UART", i, name_bad);
	for (i = 0; i < d->num_memblocks; i++)
		if (!name_ok(d->memblocks[i].name, PRTOS_NAME_LEN))
			return config_fail(err, CONFIG_E_NAME, "memory block", i, name_bad);
	if (!name_ok(d->vga_name, PRTOS_NAME_LEN))
		return config_fail(err, CONFIG_E_NAME, NULL, 0,
				   "VGA name is not terminated printable ASCII");
	return 0;
}

static int check_names(const struct prtos_config *c, struct config_error *err)
{
	prtos_u32_t i, j;

	if (!name_ok(c->name, PRTOS_SYSTEM_NAME_LEN))
		return config_fail(err, CONFIG_E_NAME, NULL, 0,
				   "system name is not terminated printable ASCII");
	for (i = 0; i < c->num_partitions; i++)
		if (!name_ok(c->partitions[i].name, PRTOS_NAME_LEN))
			return config_fail(err, CONFIG_E_NAME, "partition", i, name_bad);
	for (i = 0; i < c->num_areas; i++)
		if (!name_ok(c->areas[i].name, PRTOS_NAME_LEN))
			return config_fail(err, CONFIG_E_NAME, "area", i, name_bad);
	for (i = 0; i < c->num_ports; i++)
		if (!name_ok(c->ports[i].name, PRTOS_PORT_NAME_LEN))
			return config_fail(err, CONFIG_E_NAME, "port", i, name_bad);
	for (i = 0; i < c->num_cpus; i++)
		for (j = 0; j < c->cpus[i].num_plans; j++)
			if (!name_ok(c->cpus[i].plans[j].name, PRTOS_NAME_LEN))
				return config_fail(err, CONFIG_E_NAME, "plan", j, name_bad);
	return check_device_names(c, err);
}

/* Rule "ids": processors, plans, partitions and UARTs are numbered by their place. */
static int check_ids(const struct prtos_config *c, struct config_error *err)
{
	prtos_u32_t i, j;

	for (i = 0; i < c->num_cpus; i++) {
		if (c->cpus[i].id != i)
			return config_fail_val(err, CONFIG_E_ID, "processor", i,
					       "id is not its place", c->cpus[i].id);
		for (j = 0; j < c->cpus[i].num_plans; j++)
			if (c->cpus[i].plans[j].id != j)
				return config_fail_val(err, CONFIG_E_ID, "plan", j,
						       "id is not its place",
						       c->cpus[i].plans[j].id);
	}
	for (i = 0; i < c->num_partitions; i++)
		if (c->partitions[i].id != i)
			return config_fail_val(err, CONFIG_E_ID, "partition", i,
					       "id is not its place", c->partitions[i].id);
	for (i = 0; i < c->devices.num_uarts; i++)
		if (c->devices.uarts[i].id != i)
			return config_fail_val(err, CONFIG_E_ID, "UART", i, "id is not its place",
					       c->devices.uarts[i].id);
	return 0;
}

/* In this order: counts and ranges before anything indexes a table with them. */
static int (*const steps[])(const struct prtos_config *cfg, struct config_error *err) = {
	check_header,
	check_counts,
	check_plan_ranges,
	check_partition_ranges,
	check_names,
	check_ids,
	config_check_memory,
	config_check_areas,
	config_check_devices,
	config_check_schedule,
	config_check_partitions,
	config_check_comm,
	config_check_pools,
};

int config_check(const struct prtos_config *cfg, struct config_error *err)
{
	struct config_error dummy;
	prtos_u32_t i;

	if (!err)
		err = &dummy;
	*err = (struct config_error){.code = CONFIG_OK, .msg = "ok"};
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
		if (steps[i](cfg, err))
			return err->code;
	return 0;
}
