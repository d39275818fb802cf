/*
 * Configuration checker, devices: UARTs run at a rate they can, consoles name a UART or the VGA, the
 * health-monitor log and trace streams name a memory block, and a memory block holds
 * one stream at most (two streams in one block would read each other's records).
 */
#include "config_check_internal.h"

/* Rule "consoles": none, an existing UART, or the VGA if there is one. */
static int console_ok(const struct prtos_config *c, const struct prtos_conf_dev_ref *d)
{
	switch (d->type) {
	case PRTOS_DEV_NONE:
		return 1;
	case PRTOS_DEV_UART:
		return d->index < c->devices.num_uarts;
	case PRTOS_DEV_VGA:
		return c->devices.has_vga && d->index == 0;
	default:
		return 0;
	}
}

/*
 * Rule "streams": none, or an existing memory block that no other stream uses
 * (*used: bit n, memory block n holds a stream already).
 */
static int stream_ok(const struct prtos_config *c, const struct prtos_conf_dev_ref *d,
		     prtos_u32_t *used)
{
	if (d->type == PRTOS_DEV_NONE)
		return 1;
	if (d->type != PRTOS_DEV_MEMBLOCK || d->index >= c->devices.num_memblocks ||
	    (*used & (1U << d->index)))
		return 0;
	*used |= 1U << d->index;
	return 1;
}

_Static_assert(PRTOS_CONF_MAX_MEMBLOCKS <= 32, "memory block mask");

#define UART_MAX_BAUD 115200U /* the 16550's clock over 16 */

int config_uart_baud_ok(prtos_u32_t baud)
{
	return baud > 0 && baud <= UART_MAX_BAUD && UART_MAX_BAUD % baud == 0;
}

int config_check_devices(const struct prtos_config *c, struct config_error *err)
{
	const char *bad_console = "console is not a UART or VGA device";
	const char *bad_stream = "stream is not in a memory block of its own";
	const struct prtos_conf_partition *p;
	prtos_u32_t i, used = 0;

	for (i = 0; i < c->devices.num_uarts; i++) /* config_check rule "counts" */
		if (!config_uart_baud_ok(c->devices.uarts[i].baud_rate))
			return config_fail_val(err, CONFIG_E_DEVICE, "UART", i,
					       "baud rate is not 115200 divided by a whole number",
					       c->devices.uarts[i].baud_rate);
	if (!console_ok(c, &c->hyp.console))
		return config_fail(err, CONFIG_E_DEVICE, NULL, 0,
				   "hypervisor's console is not a UART or VGA device");
	if (!stream_ok(c, &c->hyp.hm_device, &used))
		return config_fail(err, CONFIG_E_DEVICE, NULL, 0,
				   "health-monitor log is not in a memory block of its own");
	if (!stream_ok(c, &c->hyp.trace_device, &used))
		return config_fail(err, CONFIG_E_DEVICE, NULL, 0,
				   "hypervisor's trace stream is not in a memory block of its own");
	for (i = 0; i < c->num_partitions; i++) {
		p = &c->partitions[i];
		if (!console_ok(c, &p->console))
			return config_fail(err, CONFIG_E_DEVICE, "partition", i, bad_console);
		if (!stream_ok(c, &p->trace_device, &used))
			return config_fail(err, CONFIG_E_DEVICE, "partition", i, bad_stream);
	}
	return 0;
}
