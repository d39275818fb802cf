/* Reading HwDescription: memory regions, processors with their plans and slots, devices. */
#include <string.h>
#include "diag.h"
#include "parse.h"
#include "xml.h"

static void parse_region(struct cc_model *m, const xmlNode *n)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_region *r;
	char type[CC_VAL_LEN] = "";

	if (parse_full(n, cf->num_regions, PRTOS_CONF_MAX_REGIONS, "memory regions", "at most 8"))
		return;
	m->region_line[cf->num_regions] = xml_line(n);
	r = &cf->regions[cf->num_regions++];
	xml_attr(n, "type", type, sizeof(type));
	r->type = strcmp(type, "rom") ? PRTOS_REGION_RAM : PRTOS_REGION_ROM;
	attr_hex(n, "start", &r->start);
	attr_size(n, "size", &r->size);
}

static void parse_slot(struct cc_model *m, const xmlNode *n, struct prtos_conf_plan *plan)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_slot *s;

	if (parse_full(n, cf->num_slots, CONFIG_MAX_SLOTS, "slots", "CONFIG_MAX_SLOTS"))
		return;
	m->slot_line[cf->num_slots] = xml_line(n);
	s = &cf->slots[cf->num_slots++];
	parse_id(n, "slot", plan->num_slots++, &s->id);
	attr_time(n, "start", &s->start);
	attr_time(n, "duration", &s->duration);
	attr_dec(n, "partitionId", &s->partition_id);
	attr_dec(n, "vCpuId", &s->vcpu_id);
}

static void parse_plan(struct cc_model *m, const xmlNode *n, prtos_u32_t cpu)
{
	struct prtos_conf_cpu *c = &m->cf.cpus[cpu];
	struct prtos_conf_plan *p;
	const xmlNode *s;

	if (parse_full(n, c->num_plans, CONFIG_MAX_PLANS, "plans", "CONFIG_MAX_PLANS"))
		return;
	m->plan_line[cpu][c->num_plans] = xml_line(n);
	p = &c->plans[c->num_plans];
	parse_id(n, "plan", c->num_plans++, &p->id);
	attr_name(n, "name", p->name, sizeof(p->name));
	attr_time(n, "majorFrame", &p->major_frame);
	p->first_slot = m->cf.num_slots;
	xml_for_each(s, n, "Slot") parse_slot(m, s, p);
	p->num_slots = m->cf.num_slots - p->first_slot;
}

static void parse_processor(struct cc_model *m, const xmlNode *n)
{
	struct prtos_config *cf = &m->cf;
	const xmlNode *table, *p;
	prtos_u32_t cpu = cf->num_cpus;

	m->cpu_line[cpu] = xml_line(n);
	cf->num_cpus++;
	parse_id(n, "processor", cpu, &cf->cpus[cpu].id);
	attr_freq(n, "frequency", &cf->cpus[cpu].freq_khz);
	table = xml_child(n, "CyclicPlanTable");
	if (!table)
		return;
	xml_for_each(p, table, "Plan") parse_plan(m, p, cpu);
}

/*
 * The processors, the first CONFIG_MAX_CPUS of them: more are refused once, at the first
 * one past the limit, with both numbers (a plan that cannot run is never dropped).
 */
static void parse_processors(struct cc_model *m, const xmlNode *table)
{
	const xmlNode *n, *extra = NULL;
	prtos_u32_t count = 0;

	xml_for_each(n, table, "Processor")
	{
		if (count++ == CONFIG_MAX_CPUS)
			extra = n;
	}
	if (extra)
		diag_error(xml_line(extra), "%u processors, more than CONFIG_MAX_CPUS (%d): %s",
			   count, CONFIG_MAX_CPUS, CC_MORE_CPUS_HINT);
	xml_for_each(n, table, "Processor")
	{
		if (m->cf.num_cpus < CONFIG_MAX_CPUS)
			parse_processor(m, n);
	}
}

static void parse_uart(struct cc_model *m, const xmlNode *n)
{
	struct prtos_conf_devices *d = &m->cf.devices;
	struct prtos_conf_uart *u;

	if (parse_full(n, d->num_uarts, PRTOS_CONF_MAX_UARTS, "UARTs", "at most 4"))
		return;
	m->uart_line[d->num_uarts] = xml_line(n);
	u = &d->uarts[d->num_uarts];
	parse_id(n, "UART", d->num_uarts++, &u->id);
	attr_dec(n, "baudRate", &u->baud_rate);
	attr_name(n, "name", u->name, sizeof(u->name));
}

static void parse_vga(struct cc_model *m, const xmlNode *n)
{
	struct prtos_conf_devices *d = &m->cf.devices;

	if (d->has_vga) {
		diag_error(xml_line(n), "more than one Vga device");
		return;
	}
	d->has_vga = 1;
	m->vga_line = xml_line(n);
	attr_name(n, "name", d->vga_name, sizeof(d->vga_name));
}

static void parse_memblock(struct cc_model *m, const xmlNode *n)
{
	struct prtos_conf_devices *d = &m->cf.devices;
	struct prtos_conf_memblock *b;

	if (parse_full(n, d->num_memblocks, PRTOS_CONF_MAX_MEMBLOCKS, "memory blocks", "at most 8"))
		return;
	m->memblock_line[d->num_memblocks] = xml_line(n);
	b = &d->memblocks[d->num_memblocks++];
	attr_name(n, "name", b->name, sizeof(b->name));
	attr_hex(n, "start", &b->start);
	attr_size(n, "size", &b->size);
}

static void parse_devices(struct cc_model *m, const xmlNode *devs)
{
	const xmlNode *n;

	xml_for_each(n, devs, NULL)
	{
		if (xml_is(n, "Uart"))
			parse_uart(m, n);
		else if (xml_is(n, "Vga"))
			parse_vga(m, n);
		else if (xml_is(n, "MemoryBlock"))
			parse_memblock(m, n);
	}
}

void parse_hw(struct cc_model *m, const xmlNode *hw)
{
	const xmlNode *n, *c;

	xml_for_each(n, hw, NULL)
	{
		if (xml_is(n, "MemoryLayout")) {
			xml_for_each(c, n, "Region") parse_region(m, c);
		} else if (xml_is(n, "ProcessorTable")) {
			parse_processors(m, n);
		} else if (xml_is(n, "Devices")) {
			parse_devices(m, n);
		}
	}
}
