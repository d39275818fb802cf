/* Reading Channels: sampling and queuing channels (resolved later) and IPVIs. */
#include <string.h>
#include "diag.h"
#include "parse.h"
#include "values.h"
#include "xml.h"

static void parse_end(const xmlNode *n, struct cc_chan_end *end)
{
	end->line = xml_line(n);
	attr_dec(n, "partitionId", &end->part_id);
	end->has_part_name = xml_attr(n, "partitionName", end->part_name, sizeof(end->part_name));
	xml_attr(n, "portName", end->port, sizeof(end->port));
}

static void parse_ends(const xmlNode *n, struct cc_channel *ch)
{
	const xmlNode *e;

	xml_for_each(e, n, NULL)
	{
		if (xml_is(e, "Source")) {
			parse_end(e, &ch->src);
		} else if (xml_is(e, "Destination")) {
			if (parse_full(e, ch->num_dst, CONFIG_MAX_PORTS, "destinations",
				       "CONFIG_MAX_PORTS"))
				continue;
			parse_end(e, &ch->dst[ch->num_dst++]);
		}
	}
}

static void parse_channel(struct cc_model *m, const xmlNode *n, prtos_u32_t type)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_channel *c;
	struct cc_channel *ch;

	if (parse_full(n, cf->num_channels, CONFIG_MAX_CHANNELS, "channels", "CONFIG_MAX_CHANNELS"))
		return;
	ch = &m->chan[cf->num_channels];
	c = &cf->channels[cf->num_channels++];
	ch->line = xml_line(n);
	c->type = type;
	attr_size(n, "maxMessageLength", &c->max_msg_length);
	if (type == PRTOS_CHANNEL_QUEUING)
		attr_dec(n, "maxNoMessages", &c->max_no_msgs);
	else
		attr_time(n, "validPeriod", &c->valid_period);
	parse_ends(n, ch);
	c->num_destinations = ch->num_dst;
}

static void parse_ipvi_dsts(const xmlNode *n, struct prtos_conf_ipvi *v)
{
	char buf[CC_VAL_LEN], *tok, *save = NULL;
	prtos_u32_t id;

	if (!xml_attr(n, "destinationId", buf, sizeof(buf)))
		return;
	for (tok = strtok_r(buf, " \t\r\n", &save); tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
		if (val_dec(tok, &id) || id >= 64) {
			diag_error(xml_line(n), "IPVI destination partition %s does not exist",
				   tok);
			continue;
		}
		if (v->dst_mask[id / 32] & (1U << (id % 32))) {
			diag_error(xml_line(n), "IPVI destination partition %u listed twice", id);
			continue;
		}
		v->dst_mask[id / 32] |= 1U << (id % 32);
	}
}

static void parse_ipvi(struct cc_model *m, const xmlNode *n)
{
	struct prtos_config *cf = &m->cf;
	struct prtos_conf_ipvi *v;

	if (parse_full(n, cf->num_ipvis, CONFIG_MAX_IPVIS, "IPVIs", "CONFIG_MAX_IPVIS"))
		return;
	m->ipvi_line[cf->num_ipvis] = xml_line(n);
	v = &cf->ipvis[cf->num_ipvis++];
	attr_dec(n, "id", &v->id);
	attr_dec(n, "sourceId", &v->source_id);
	parse_ipvi_dsts(n, v);
}

void parse_channels(struct cc_model *m, const xmlNode *chans)
{
	const xmlNode *n;

	xml_for_each(n, chans, NULL)
	{
		if (xml_is(n, "SamplingChannel"))
			parse_channel(m, n, PRTOS_CHANNEL_SAMPLING);
		else if (xml_is(n, "QueuingChannel"))
			parse_channel(m, n, PRTOS_CHANNEL_QUEUING);
		else if (xml_is(n, "Ipvi"))
			parse_ipvi(m, n);
	}
}
