/* Name checks: unique device and partition names, and device references (consoles,
 * HM device, trace devices) resolved into the blob's dev_ref fields. */
#include <string.h>
#include "check.h"
#include "diag.h"

struct dev_entry {
	const char *name;
	unsigned line;
	struct prtos_conf_dev_ref ref;
};

#define MAX_DEVS (PRTOS_CONF_MAX_UARTS + 1 + PRTOS_CONF_MAX_MEMBLOCKS)

static void dev_add(struct dev_entry *d, prtos_u32_t *n, const char *name, unsigned line,
		    prtos_u32_t type, prtos_u32_t index)
{
	d[*n].name = name;
	d[*n].line = line;
	d[*n].ref.type = type;
	d[*n].ref.index = index;
	(*n)++;
}

static prtos_u32_t dev_list(const struct cc_model *m, struct dev_entry *d)
{
	const struct prtos_conf_devices *dv = &m->cf.devices;
	prtos_u32_t n = 0, i;

	for (i = 0; i < dv->num_uarts; i++)
		dev_add(d, &n, dv->uarts[i].name, m->uart_line[i], PRTOS_DEV_UART, i);
	if (dv->has_vga)
		dev_add(d, &n, dv->vga_name, m->vga_line, PRTOS_DEV_VGA, 0);
	for (i = 0; i < dv->num_memblocks; i++)
		dev_add(d, &n, dv->memblocks[i].name, m->memblock_line[i], PRTOS_DEV_MEMBLOCK, i);
	return n;
}

static void check_unique_devices(const struct dev_entry *d, prtos_u32_t n)
{
	prtos_u32_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < i; j++)
			if (d[i].name[0] && !strcmp(d[i].name, d[j].name))
				diag_error(d[i].line, "device name \"%s\" already used at line %u",
					   d[i].name, d[j].line);
}

static void check_unique_partitions(const struct cc_model *m)
{
	const struct prtos_config *cf = &m->cf;
	prtos_u32_t i, j;

	for (i = 0; i < cf->num_partitions; i++)
		for (j = 0; j < i; j++)
			if (!strcmp(cf->partitions[i].name, cf->partitions[j].name))
				diag_error(m->part[i].line,
					   "partition name \"%s\" already used at line %u",
					   cf->partitions[i].name, m->part[j].line);
}

/* Resolve a reference; `console` accepts Uart/Vga, otherwise a MemoryBlock is needed. */
static void resolve(const struct dev_entry *d, prtos_u32_t n, const struct cc_devref *ref,
		    const char *what, int console, struct prtos_conf_dev_ref *out)
{
	prtos_u32_t i;

	out->type = PRTOS_DEV_NONE;
	out->index = 0;
	if (!ref->line)
		return;
	for (i = 0; i < n && strcmp(d[i].name, ref->name) != 0; i++)
		;
	if (i == n) {
		diag_error(ref->line, "unknown %s device \"%s\"", what, ref->name);
		return;
	}
	if (console != (d[i].ref.type != PRTOS_DEV_MEMBLOCK)) {
		diag_error(ref->line, "%s device \"%s\" must be a %s", what, ref->name,
			   console ? "Uart or Vga" : "MemoryBlock");
		return;
	}
	*out = d[i].ref;
}

/*
 * A memory block holds one stream (the HM log or one trace stream): the core
 * gives each its whole block. owner[] remembers the line of each block's user.
 */
static void claim_block(const struct prtos_conf_dev_ref *ref, const struct cc_devref *at,
			unsigned *owner)
{
	if (ref->type != PRTOS_DEV_MEMBLOCK || !at->line)
		return;
	if (owner[ref->index])
		diag_error(at->line,
			   "memory block \"%s\" already holds the stream named at line %u",
			   at->name, owner[ref->index]);
	else
		owner[ref->index] = at->line;
}

static void check_block_owners(struct cc_model *m)
{
	unsigned owner[PRTOS_CONF_MAX_MEMBLOCKS] = {0};
	prtos_u32_t i;

	claim_block(&m->cf.hyp.hm_device, &m->hyp_hm_dev, owner);
	claim_block(&m->cf.hyp.trace_device, &m->hyp_trace, owner);
	for (i = 0; i < m->cf.num_partitions; i++)
		claim_block(&m->cf.partitions[i].trace_device, &m->part[i].trace, owner);
}

void check_refs(struct cc_model *m)
{
	struct dev_entry d[MAX_DEVS];
	struct prtos_conf_hypervisor *h = &m->cf.hyp;
	prtos_u32_t n = dev_list(m, d), i;

	check_unique_devices(d, n);
	check_unique_partitions(m);
	resolve(d, n, &m->hyp_console, "console", 1, &h->console);
	resolve(d, n, &m->hyp_hm_dev, "health-monitor", 0, &h->hm_device);
	resolve(d, n, &m->hyp_trace, "trace", 0, &h->trace_device);
	for (i = 0; i < m->cf.num_partitions; i++) {
		resolve(d, n, &m->part[i].console, "console", 1, &m->cf.partitions[i].console);
		resolve(d, n, &m->part[i].trace, "trace", 0, &m->cf.partitions[i].trace_device);
	}
	check_block_owners(m);
}
