/*
 * Configuration checker, communication: each port belongs to its partition and names
 * an existing channel of its type; each channel has one source port, as many
 * destination ports as it says, sizes within Kconfig and room in the core's pool;
 * IPVIs name existing partitions.
 */
#include "config_check_internal.h"

/* Ports on each channel, counted while the ports are checked. */
struct channel_ends {
	prtos_u32_t sources[CONFIG_MAX_CHANNELS];
	prtos_u32_t destinations[CONFIG_MAX_CHANNELS];
};

/* Rule "port": owner, direction, type, and an existing channel of the same type. */
static int check_port(const struct prtos_config *c, prtos_u32_t part, prtos_u32_t i,
		      struct channel_ends *ends, struct config_error *err)
{
	const struct prtos_conf_port *p = &c->ports[i];

	if (p->partition_id != part)
		return config_fail_val(err, CONFIG_E_PORT, "port", i,
				       "names another partition than its owner", p->partition_id);
	if (p->direction != PRTOS_CONF_PORT_SOURCE && p->direction != PRTOS_CONF_PORT_DESTINATION)
		return config_fail_val(err, CONFIG_E_PORT, "port", i, "unknown direction",
				       p->direction);
	if (p->type != PRTOS_CONF_PORT_SAMPLING && p->type != PRTOS_CONF_PORT_QUEUING)
		return config_fail_val(err, CONFIG_E_PORT, "port", i, "unknown type", p->type);
	if (p->channel == PRTOS_NO_CHANNEL)
		return 0;
	if (p->channel >= c->num_channels)
		return config_fail_val(err, CONFIG_E_PORT, "port", i, "channel out of range",
				       p->channel);
	if (p->type != c->channels[p->channel].type)
		return config_fail_sub(err, CONFIG_E_PORT, "port", i, "is not of the type of",
				       "channel", p->channel);
	if (p->direction == PRTOS_CONF_PORT_SOURCE)
		ends->sources[p->channel]++;
	else
		ends->destinations[p->channel]++;
	return 0;
}

/* Rule "channel sizes": type, message length and count within Kconfig. */
static int check_sizes(const struct prtos_conf_channel *ch, prtos_u32_t i, struct config_error *err)
{
	if (ch->type != PRTOS_CHANNEL_SAMPLING && ch->type != PRTOS_CHANNEL_QUEUING)
		return config_fail_val(err, CONFIG_E_CHANNEL, "channel", i, "unknown type",
				       ch->type);
	if (!ch->max_msg_length || ch->max_msg_length > CONFIG_MAX_MSG_LENGTH)
		return config_fail_val(err, CONFIG_E_CHANNEL, "channel", i,
				       "message length out of range", ch->max_msg_length);
	if (ch->type == PRTOS_CHANNEL_QUEUING &&
	    (!ch->max_no_msgs || ch->max_no_msgs > CONFIG_MAX_NO_MSGS))
		return config_fail_val(err, CONFIG_E_CHANNEL, "channel", i,
				       "number of messages out of range", ch->max_no_msgs);
	return 0;
}

/* Rule "channel ends": its source port is its one source; the destinations it counts. */
static int check_ends(const struct prtos_config *c, prtos_u32_t i, const struct channel_ends *ends,
		      struct config_error *err)
{
	const struct prtos_conf_channel *ch = &c->channels[i];
	const struct prtos_conf_port *src;

	if (ch->source_port >= c->num_ports)
		return config_fail_val(err, CONFIG_E_CHANNEL, "channel", i,
				       "source port out of range", ch->source_port);
	src = &c->ports[ch->source_port];
	if (src->channel != i || src->direction != PRTOS_CONF_PORT_SOURCE || ends->sources[i] != 1)
		return config_fail_sub(err, CONFIG_E_CHANNEL, "channel", i,
				       "does not have exactly one source,", "port",
				       ch->source_port);
	if (!ch->num_destinations || ch->num_destinations != ends->destinations[i] ||
	    (ch->type == PRTOS_CHANNEL_QUEUING && ch->num_destinations != 1))
		return config_fail_val(err, CONFIG_E_CHANNEL, "channel", i,
				       "destination count differs from its destination ports",
				       ch->num_destinations);
	return 0;
}

/* Ends and pool, once the ports are counted; the sizes were checked before the ports. */
static int check_channels(const struct prtos_config *c, const struct channel_ends *ends,
			  struct config_error *err)
{
	prtos_u32_t i, used = 0, need;

	for (i = 0; i < c->num_channels; i++) {
		if (check_ends(c, i, ends, err))
			return err->code;
		/* Bounded: lengths, counts and destinations were checked. */
		need = prtos_channel_bytes(&c->channels[i]);
		if (need > CONFIG_CHANNEL_POOL_BYTES - used)
			return config_fail_val(err, CONFIG_E_CHANNEL, "channel", i,
					       "buffers past CONFIG_CHANNEL_POOL_BYTES", need);
		used += need;
	}
	return 0;
}

/* Rule "IPVI": id in range and unique, existing source and destinations only. */
static int check_ipvi(const struct prtos_config *c, prtos_u32_t i, struct config_error *err)
{
	const struct prtos_conf_ipvi *v = &c->ipvis[i];
	prtos_u64_t dst = (prtos_u64_t)v->dst_mask[1] << 32 | v->dst_mask[0];
	prtos_u32_t j;

	if (v->id >= CONFIG_MAX_IPVIS)
		return config_fail_val(err, CONFIG_E_IPVI, "IPVI", i, "id out of range", v->id);
	for (j = 0; j < i; j++)
		if (c->ipvis[j].id == v->id)
			return config_fail_sub(err, CONFIG_E_IPVI, "IPVI", i, "has the id of",
					       "IPVI", j);
	if (v->source_id >= c->num_partitions)
		return config_fail_val(err, CONFIG_E_IPVI, "IPVI", i,
				       "source partition does not exist", v->source_id);
	if (!dst || (c->num_partitions < 64 && (dst >> c->num_partitions)))
		return config_fail_val(err, CONFIG_E_IPVI, "IPVI", i,
				       "no destination, or one that does not exist",
				       v->dst_mask[0]);
	return 0;
}

int config_check_comm(const struct prtos_config *c, struct config_error *err)
{
	struct channel_ends ends = {{0}, {0}};
	const struct prtos_conf_partition *p;
	prtos_u32_t part, i;

	for (i = 0; i < c->num_channels; i++)
		if (check_sizes(&c->channels[i], i, err))
			return err->code;
	for (part = 0; part < c->num_partitions; part++) {
		p = &c->partitions[part];
		for (i = p->first_port; i < p->first_port + p->num_ports; i++)
			if (check_port(c, part, i, &ends, err))
				return err->code;
	}
	if (check_channels(c, &ends, err))
		return err->code;
	for (i = 0; i < c->num_ipvis; i++)
		if (check_ipvi(c, i, err))
			return err->code;
	return 0;
}
