/* Port creation and information hypercalls: everything must match the XML. */
#include <prtos/hypercall.h>
#include <prtos/port_state.h>
#include <prtos/guest.h>
#include <prtos/sched.h>
#include <prtos/status.h>
#include <prtos/boot.h>

/* The caller's port named by the guest string at name_ptr, or a negative status. */
static prtos_s32_t port_by_guest_name(struct partition *p, guest_addr_t name_ptr)
{
	char name[PRTOS_PORT_NAME_LEN];
	prtos_s32_t idx, err = guest_copy_string(p, name, name_ptr, sizeof(name));

	if (err != PRTOS_OK)
		return err;
	idx = port_find_by_name(p, name);
	return idx < 0 ? PRTOS_INVALID_CONFIG : idx;
}

/* A port's channel is PRTOS_NO_CHANNEL or < num_channels: config_check rule "port". */
static const struct prtos_conf_channel *conf_channel(const struct prtos_conf_port *cp)
{
	return cp->channel == PRTOS_NO_CHANNEL ? NULL : &prtos_conf->channels[cp->channel];
}

/* An XML without validPeriod means "always valid": 0 or PRTOS_INFINITE_TIME match it. */
static int period_matches(prtos_time_t asked, prtos_u32_t configured)
{
	if (configured == 0)
		return asked == 0 || asked == (prtos_time_t)PRTOS_INFINITE_TIME;
	return asked == (prtos_time_t)configured;
}

/*
 * Creating a port twice returns the same descriptor. idx < num_ports, and
 * first_port + num_ports <= the port table (config_check rule "ranges").
 */
static prtos_s32_t port_open(struct partition *p, prtos_s32_t idx)
{
	ports[p->cfg->first_port + (prtos_u32_t)idx].created = 1;
	return idx;
}

prtos_s32_t hcall_create_sampling_port(guest_addr_t name_ptr, prtos_u32_t max_msg_size,
				       prtos_u32_t direction, prtos_time_t period)
{
	struct partition *p = current_part();
	prtos_s32_t idx = port_by_guest_name(p, name_ptr);
	const struct prtos_conf_port *cp;
	const struct prtos_conf_channel *c;

	if (idx < 0)
		return idx;
	cp = &prtos_conf->ports[p->cfg->first_port + (prtos_u32_t)idx];
	c = conf_channel(cp);
	if (cp->type != PRTOS_CONF_PORT_SAMPLING || cp->direction != direction || !c ||
	    c->max_msg_length != max_msg_size || !period_matches(period, c->valid_period))
		return PRTOS_INVALID_CONFIG;
	return port_open(p, idx);
}

prtos_s32_t hcall_create_queuing_port(guest_addr_t name_ptr, prtos_u32_t max_msgs,
				      prtos_u32_t max_msg_size, prtos_u32_t direction)
{
	struct partition *p = current_part();
	prtos_s32_t idx = port_by_guest_name(p, name_ptr);
	const struct prtos_conf_port *cp;
	const struct prtos_conf_channel *c;

	if (idx < 0)
		return idx;
	cp = &prtos_conf->ports[p->cfg->first_port + (prtos_u32_t)idx];
	c = conf_channel(cp);
	if (cp->type != PRTOS_CONF_PORT_QUEUING || cp->direction != direction || !c ||
	    c->max_msg_length != max_msg_size || c->max_no_msgs != max_msgs)
		return PRTOS_INVALID_CONFIG;
	return port_open(p, idx);
}

/* Looks the port up by name and checks the output struct before filling anything. */
static const struct prtos_conf_port *port_info_target(struct partition *p, guest_addr_t name_ptr,
						      guest_addr_t info_ptr, prtos_u32_t info_size,
						      prtos_u32_t type, prtos_s32_t *err)
{
	prtos_s32_t idx;
	const struct prtos_conf_port *cp;

	if (!guest_check(p, info_ptr, info_size, GUEST_WRITE)) {
		*err = PRTOS_INVALID_PARAM;
		return NULL;
	}
	idx = port_by_guest_name(p, name_ptr);
	if (idx < 0) {
		*err = idx;
		return NULL;
	}
	cp = &prtos_conf->ports[p->cfg->first_port + (prtos_u32_t)idx];
	if (cp->type != type || !conf_channel(cp)) {
		*err = PRTOS_INVALID_CONFIG;
		return NULL;
	}
	return cp;
}

prtos_s32_t hcall_get_sampling_port_info(guest_addr_t name_ptr, guest_addr_t info_ptr)
{
	struct partition *p = current_part();
	prtos_sampling_port_info_t info;
	const struct prtos_conf_port *cp;
	prtos_s32_t err;

	cp = port_info_target(p, name_ptr, info_ptr, sizeof(info), PRTOS_CONF_PORT_SAMPLING, &err);
	if (!cp)
		return err;
	info.port_name = (char *)name_ptr.va; /* the caller's own pointer, handed back */
	info.valid_period = conf_channel(cp)->valid_period;
	info.max_msg_size = conf_channel(cp)->max_msg_length;
	info.direction = cp->direction;
	return guest_copy_to(p, info_ptr, &info, sizeof(info));
}

prtos_s32_t hcall_get_queuing_port_info(guest_addr_t name_ptr, guest_addr_t info_ptr)
{
	struct partition *p = current_part();
	prtos_queuing_port_info_t info;
	const struct prtos_conf_port *cp;
	prtos_s32_t err;

	cp = port_info_target(p, name_ptr, info_ptr, sizeof(info), PRTOS_CONF_PORT_QUEUING, &err);
	if (!cp)
		return err;
	info.port_name = (char *)name_ptr.va; /* the caller's own pointer, handed back */
	info.max_msg_size = conf_channel(cp)->max_msg_length;
	info.max_num_of_msgs = conf_channel(cp)->max_no_msgs;
	info.direction = cp->direction;
	info.valid_period = 0;
	return guest_copy_to(p, info_ptr, &info, sizeof(info));
}
