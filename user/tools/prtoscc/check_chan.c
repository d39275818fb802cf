/* Channel and IPVI checks: resolve each channel end to a port, check type, direction,
 * single use and limits; check IPVI ids, sources and destinations. */
#include <string.h>
#include "check.h"
#include "diag.h"

#define NO_PORT 0xFFFFFFFFU

static const char *type_name(prtos_u32_t t)
{
	return t == PRTOS_CONF_PORT_QUEUING ? "queuing" : "sampling";
}

static prtos_u32_t find_port(const struct prtos_config *cf, prtos_u32_t part, const char *name)
{
	const struct prtos_conf_partition *p = &cf->partitions[part];
	prtos_u32_t i;

	for (i = p->first_port; i < p->first_port + p->num_ports; i++)
		if (!strcmp(cf->ports[i].name, name))
			return i;
	return NO_PORT;
}

/* The port index an end names, or NO_PORT (reported). */
static prtos_u32_t resolve_end(struct cc_model *m, const struct cc_chan_end *e)
{
	const struct prtos_config *cf = &m->cf;
	prtos_u32_t port;

	if (e->part_id >= cf->num_partitions) {
		diag_error(e->line, "unknown partition %u", e->part_id);
		return NO_PORT;
	}
	if (e->has_part_name && strcmp(e->part_name, cf->partitions[e->part_id].name) != 0) {
		diag_error(e->line, "partitionName \"%s\" does not match partition %u (\"%s\")",
			   e->part_name, e->part_id, cf->partitions[e->part_id].name);
		return NO_PORT;
	}
	port = find_port(cf, e->part_id, e->port);
	if (port == NO_PORT)
		diag_error(e->line, "partition %u has no port \"%s\"", e->part_id, e->port);
	return port;
}

static prtos_u32_t check_end(struct cc_model *m, prtos_u32_t ch, const struct cc_chan_end *e,
			     prtos_u32_t dir)
{
	struct prtos_conf_port *p;
	prtos_u32_t port = resolve_end(m, e);

	if (port == NO_PORT)
		return NO_PORT;
	p = &m->cf.ports[port];
	if (p->type != m->cf.channels[ch].type)
		diag_error(e->line, "port \"%s\" is a %s port, the channel is %s", p->name,
			   type_name(p->type), type_name(m->cf.channels[ch].type));
	if (p->direction != dir)
		diag_error(e->line, "port \"%s\" is a %s port, used as a channel %s", p->name,
			   p->direction == PRTOS_CONF_PORT_SOURCE ? "source" : "destination",
			   dir == PRTOS_CONF_PORT_SOURCE ? "source" : "destination");
	if (p->channel != PRTOS_NO_CHANNEL)
		diag_error(e->line, "port \"%s\" is already on the channel at line %u", p->name,
			   m->chan[p->channel].line);
	else
		p->channel = ch;
	return port;
}

static void check_limits(struct cc_model *m, prtos_u32_t ch)
{
	const struct prtos_conf_channel *c = &m->cf.channels[ch];
	unsigned line = m->chan[ch].line;

	if (!c->max_msg_length)
		diag_error(line, "maxMessageLength must be > 0");
	else if (c->max_msg_length > CONFIG_MAX_MSG_LENGTH)
		diag_error(line, "maxMessageLength %u too large (raise CONFIG_MAX_MSG_LENGTH)",
			   c->max_msg_length);
	if (c->type != PRTOS_CHANNEL_QUEUING)
		return;
	if (!c->max_no_msgs)
		diag_error(line, "maxNoMessages must be > 0");
	else if (c->max_no_msgs > CONFIG_MAX_NO_MSGS)
		diag_error(line, "maxNoMessages %u too large (raise CONFIG_MAX_NO_MSGS)",
			   c->max_no_msgs);
}

static void check_channel(struct cc_model *m, prtos_u32_t ch)
{
	const struct cc_channel *x = &m->chan[ch];
	prtos_u32_t i, src;

	check_limits(m, ch);
	src = check_end(m, ch, &x->src, PRTOS_CONF_PORT_SOURCE);
	m->cf.channels[ch].source_port = src == NO_PORT ? 0 : src;
	for (i = 0; i < x->num_dst; i++)
		check_end(m, ch, &x->dst[i], PRTOS_CONF_PORT_DESTINATION);
}

static void check_ipvi(struct cc_model *m, prtos_u32_t i)
{
	const struct prtos_conf_ipvi *v = &m->cf.ipvis[i];
	unsigned line = m->ipvi_line[i];
	prtos_u32_t j, n = m->cf.num_partitions;

	if (v->id >= CONFIG_MAX_IPVIS)
		diag_error(line, "IPVI id %u out of range (raise CONFIG_MAX_IPVIS)", v->id);
	for (j = 0; j < i; j++)
		if (m->cf.ipvis[j].id == v->id)
			diag_error(line, "IPVI id %u already used at line %u", v->id,
				   m->ipvi_line[j]);
	if (v->source_id >= n)
		diag_error(line, "IPVI source partition %u does not exist", v->source_id);
	if (!v->dst_mask[0] && !v->dst_mask[1])
		diag_error(line, "IPVI has no destination");
	for (j = n; j < 64; j++)
		if (v->dst_mask[j / 32] & (1U << (j % 32)))
			diag_error(line, "IPVI destination partition %u does not exist", j);
}

/* The channel buffers must fit the core's static pool. */
static void check_pool(struct cc_model *m)
{
	prtos_u64_t used = 0;
	prtos_u32_t i;

	for (i = 0; i < m->cf.num_channels; i++) {
		used += prtos_channel_bytes(&m->cf.channels[i]);
		if (used > CONFIG_CHANNEL_POOL_BYTES) {
			diag_error(m->chan[i].line,
				   "channel buffers need more than %u bytes (raise "
				   "CONFIG_CHANNEL_POOL_BYTES)",
				   CONFIG_CHANNEL_POOL_BYTES);
			return;
		}
	}
}

void check_channels(struct cc_model *m)
{
	prtos_u32_t i;

	for (i = 0; i < m->cf.num_channels; i++)
		check_channel(m, i);
	check_pool(m);
	for (i = 0; i < m->cf.num_ports; i++)
		if (m->cf.ports[i].channel == PRTOS_NO_CHANNEL)
			diag_warn(m->port_line[i], "port \"%s\" is not on any channel",
				  m->cf.ports[i].name);
	for (i = 0; i < m->cf.num_ipvis; i++)
		check_ipvi(m, i);
}
