/* Port and channel state: buffers carved from the core's channel pool, looked up by descriptor. */
#include <prtos/core_lock.h>
#include <prtos/port_state.h>
#include <prtos/boot.h>
#include <prtos/string.h>
#include <prtos/arch.h>
#include <prtos/pool.h>

#define NAMES_PER_WINDOW 4 /* names compared between two chances of preemption */

struct channel_state channels[CONFIG_MAX_CHANNELS];
struct port_state ports[CONFIG_MAX_PORTS];

/* Records which partitions a channel notifies, so that a message needs no search. */
static void port_attach(const struct prtos_conf_port *cp, struct port_state *ps)
{
	struct channel_state *ch;

	ps->cfg = cp;
	ps->reading = -1;
	if (cp->channel >= prtos_conf->num_channels ||
	    cp->partition_id >= prtos_conf->num_partitions)
		return;
	ch = &channels[cp->channel];
	if (cp->direction == PRTOS_CONF_PORT_SOURCE)
		ch->sources |= 1ULL << cp->partition_id;
	else
		ch->destinations |= 1ULL << cp->partition_id;
}

void port_init(void)
{
	prtos_u32_t i, used = 0, need;

	/* Counts within channels[] and ports[], channel sizes within Kconfig, the pool the
	 * sum of the channels' bytes: config_check's rules "counts", "channel sizes" and
	 * "core pools" (pool_at checks the room again). */
	for (i = 0; i < prtos_conf->num_channels; i++) {
		const struct prtos_conf_channel *c = &prtos_conf->channels[i];
		struct channel_state *ch = &channels[i];

		need = prtos_channel_bytes(c);
		ch->cfg = c;
		ch->buf = pool_at(PRTOS_POOL_CHANNELS, used, need);
		ch->fifo.capacity = c->max_no_msgs;
		if (c->type == PRTOS_CHANNEL_QUEUING)
			ch->sizes = (prtos_u32_t *)(ch->buf + c->max_no_msgs * c->max_msg_length);
		else
			ch->readers = (prtos_u16_t *)(void *)ch->buf;
		used += need;
	}
	for (i = 0; i < prtos_conf->num_ports; i++)
		port_attach(&prtos_conf->ports[i], &ports[i]);
}

struct port_state *port_lookup(const struct partition *p, prtos_s32_t desc, prtos_u32_t type,
			       prtos_u32_t direction)
{
	struct port_state *ps;

	if (desc < 0 || (prtos_u32_t)desc >= p->cfg->num_ports)
		return NULL;
	ps = &ports[p->cfg->first_port + (prtos_u32_t)desc]; /* config_check "ranges" */
	if (!ps->created || ps->cfg->type != type || ps->cfg->direction != direction)
		return NULL;
	return ps;
}

prtos_s32_t port_find_by_name(const struct partition *p, const char *name)
{
	prtos_u32_t i;

	for (i = 0; i < p->cfg->num_ports; i++) {
		if (i && !(i % NAMES_PER_WINDOW))
			preemption_point(); /* a long table: only the caller's slot pays */
		if (!strncmp(prtos_conf->ports[p->cfg->first_port + i].name, name,
			     PRTOS_PORT_NAME_LEN))
			return (prtos_s32_t)i;
	}
	return -1;
}

struct channel_state *port_channel(const struct port_state *ps)
{
	/* < num_channels or PRTOS_NO_CHANNEL: config_check rule "port" */
	return ps->cfg->channel == PRTOS_NO_CHANNEL ? NULL : &channels[ps->cfg->channel];
}

/* The index of m's lowest set bit (m != 0), without a 64-bit library call. */
static prtos_u32_t lowest_bit64(prtos_u64_t m)
{
	prtos_u32_t lo = (prtos_u32_t)m;

	return lo ? (prtos_u32_t)__builtin_ctz(lo)
		  : 32U + (prtos_u32_t)__builtin_ctz((prtos_u32_t)(m >> 32));
}

void port_notify(const struct channel_state *ch, prtos_u32_t direction, prtos_u32_t ext)
{
	prtos_u64_t m = direction == PRTOS_CONF_PORT_SOURCE ? ch->sources : ch->destinations;

	for (; m; m &= m - 1)
		virq_raise(&partitions[lowest_bit64(m)], ext);
}
