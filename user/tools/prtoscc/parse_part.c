/* Reading PartitionTable: partitions, their memory areas, HM table, hardware and ports. */
#include <stdio.h>
#include <string.h>
#include <prtos/pct.h>
#include "diag.h"
#include "parse.h"
#include "values.h"
#include "xml.h"

static void parse_area(struct cc_model *m, const xmlNode *n, struct prtos_conf_partition *p)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_area *a;

	if (parse_full(n, cf->num_areas, CONFIG_MAX_MEM_AREAS, "memory areas",
		       "CONFIG_MAX_MEM_AREAS") ||
	    parse_full(n, p->num_areas, PRTOS_PCT_MAX_AREAS, "areas in one partition",
		       "at most 32"))
		return;
	a = &cf->areas[cf->num_areas++];
	p->num_areas++;
	a->line = xml_line(n);
	attr_name(n, "name", a->name, sizeof(a->name));
	attr_hex(n, "start", &a->start);
	attr_size(n, "size", &a->size);
	attr_area_flags(n, "flags", &a->flags);
	if (attr_hex(n, "mappedAt", &a->mapped_at) <= 0)
		a->mapped_at = a->start;
}

static void parse_io_range(struct cc_model *m, const xmlNode *n, struct prtos_conf_partition *p)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_io_range *r;

	if (parse_full(n, cf->num_io_ranges, PRTOS_CONF_MAX_IO_RANGES, "I/O port ranges",
		       "at most 32"))
		return;
	m->io_line[cf->num_io_ranges] = xml_line(n);
	r = &cf->io_ranges[cf->num_io_ranges++];
	p->num_io_ranges++;
	attr_hex(n, "base", &r->base);
	attr_dec(n, "noPorts", &r->num_ports);
}

static void parse_irqs(struct cc_model *m, const xmlNode *n, prtos_u32_t part)
{
	struct prtos_conf_partition *p = &m->cf.partitions[part];
	char buf[CC_VAL_LEN], *tok, *save = NULL;
	unsigned line = xml_line(n);
	prtos_u32_t irq;

	if (!xml_attr(n, "lines", buf, sizeof(buf)))
		return;
	for (tok = strtok_r(buf, " \t\r\n", &save); tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
		if (val_dec(tok, &irq) || irq >= CC_NUM_IRQS) {
			diag_error(line, "IRQ line %s does not exist (0..15)", tok);
			continue;
		}
		if (p->hw_irqs & (1U << irq)) {
			diag_error(line, "IRQ line %u listed twice", irq);
			continue;
		}
		p->hw_irqs |= 1U << irq;
		m->part[part].irq_line[irq] = line;
	}
}

static void parse_hw_resources(struct cc_model *m, const xmlNode *hw, prtos_u32_t part)
{
	struct prtos_conf_partition *p = &m->cf.partitions[part];
	const xmlNode *n, *r;

	p->first_io_range = m->cf.num_io_ranges;
	xml_for_each(n, hw, NULL)
	{
		if (xml_is(n, "IoPorts")) {
			xml_for_each(r, n, "Range") parse_io_range(m, r, p);
		} else if (xml_is(n, "Interrupts")) {
			parse_irqs(m, n, part);
		}
	}
}

static void parse_port(struct cc_model *m, const xmlNode *n, prtos_u32_t part)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_partition *p = &cf->partitions[part];
	struct prtos_conf_port *port;
	char buf[CC_VAL_LEN] = "";
	prtos_u32_t i;

	if (parse_full(n, cf->num_ports, CONFIG_MAX_PORTS, "ports", "CONFIG_MAX_PORTS"))
		return;
	m->port_line[cf->num_ports] = xml_line(n);
	port = &cf->ports[cf->num_ports++];
	p->num_ports++;
	port->partition_id = part;
	port->channel = PRTOS_NO_CHANNEL;
	attr_name(n, "name", port->name, sizeof(port->name));
	xml_attr(n, "direction", buf, sizeof(buf));
	port->direction =
		strcmp(buf, "source") ? PRTOS_CONF_PORT_DESTINATION : PRTOS_CONF_PORT_SOURCE;
	xml_attr(n, "type", buf, sizeof(buf));
	port->type = strcmp(buf, "queuing") ? PRTOS_CONF_PORT_SAMPLING : PRTOS_CONF_PORT_QUEUING;
	for (i = p->first_port; i + 1 < cf->num_ports; i++)
		if (port->name[0] && !strcmp(cf->ports[i].name, port->name))
			diag_error(xml_line(n), "port \"%s\" already defined at line %u",
				   port->name, m->port_line[i]);
}

static void parse_part_child(struct cc_model *m, const xmlNode *n, prtos_u32_t part)
{
	struct prtos_conf_partition *p = &m->cf.partitions[part];
	struct cc_part_info *info = &m->part[part];
	const xmlNode *c;

	if (xml_is(n, "PhysicalMemoryAreas")) {
		xml_for_each(c, n, "Area") parse_area(m, c, p);
	} else if (xml_is(n, "TemporalRequirements")) {
		info->temporal_line = xml_line(n);
		attr_time(n, "period", &p->period);
		attr_time(n, "duration", &p->duration);
	} else if (xml_is(n, "HealthMonitor")) {
		parse_hm(n, p->hm, info->hm_line);
	} else if (xml_is(n, "HwResources")) {
		parse_hw_resources(m, n, part);
	} else if (xml_is(n, "PortTable")) {
		p->first_port = m->cf.num_ports;
		xml_for_each(c, n, "Port") parse_port(m, c, part);
	} else if (xml_is(n, "Trace")) {
		parse_trace(n, &info->trace, &p->trace_bitmask);
	}
}

static void parse_vcpus(const xmlNode *n, struct prtos_conf_partition *p)
{
	p->num_vcpus = 1;
	if (attr_dec(n, "noVCpus", &p->num_vcpus) <= 0)
		return;
	if (p->num_vcpus == 0) {
		diag_error(xml_line(n), "noVCpus must be at least 1");
		p->num_vcpus = 1;
	} else if (p->num_vcpus > CC_MAX_VCPUS) {
		diag_error(xml_line(n), "noVCpus %u, more than %s (%d): %s", p->num_vcpus,
			   CC_MAX_VCPUS_OPT, CC_MAX_VCPUS, CC_MORE_CPUS_HINT);
		p->num_vcpus = CC_MAX_VCPUS;
	}
}

static void parse_partition(struct cc_model *m, const xmlNode *n)
{
	struct prtos_config *cf = &m->cf;
	prtos_u32_t part = cf->num_partitions;
	struct prtos_conf_partition *p = &cf->partitions[part];
	const xmlNode *c;

	if (parse_full(n, part, CONFIG_MAX_PARTITIONS, "partitions", "CONFIG_MAX_PARTITIONS"))
		return;
	cf->num_partitions++;
	m->part[part].line = xml_line(n);
	parse_id(n, "partition", part, &p->id);
	if (attr_name(n, "name", p->name, sizeof(p->name)) == 0)
		snprintf(p->name, sizeof(p->name), "Partition%u", part);
	attr_devref(n, "console", &m->part[part].console);
	attr_part_flags(n, "flags", &p->flags);
	parse_vcpus(n, p);
	parse_hm_defaults(p->hm, 1);
	p->first_area = cf->num_areas;
	p->first_io_range = cf->num_io_ranges;
	p->first_port = cf->num_ports;
	xml_for_each(c, n, NULL) parse_part_child(m, c, part);
	if (p->num_areas)
		p->link_addr = cf->areas[p->first_area].mapped_at;
}

void parse_partitions(struct cc_model *m, const xmlNode *table)
{
	const xmlNode *n;

	xml_for_each(n, table, "Partition") parse_partition(m, n);
}
