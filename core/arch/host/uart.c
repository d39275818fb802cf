/* The host arch's UARTs: what the core writes is kept for the tests to read. */
#include <prtos/uart.h>
#include <arch/host.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void uart_init(prtos_u32_t port_id, prtos_u32_t baud)
{
	host.uart_port = port_id;
	host.uart_baud = baud;
}

/* Keeps the latest HOST_CONSOLE_MAX bytes; PRTOS_HOST_CONSOLE=1 also echoes to stderr. */
void uart_write(const char *buf, prtos_u32_t len)
{
	static int echo = -1;
	prtos_u32_t keep;

	if (echo < 0)
		echo = getenv("PRTOS_HOST_CONSOLE") != NULL;
	if (echo)
		fwrite(buf, 1, len, stderr);
	if (len > HOST_CONSOLE_MAX) {
		buf += len - HOST_CONSOLE_MAX;
		len = HOST_CONSOLE_MAX;
	}
	if (host.console_len + len > HOST_CONSOLE_MAX) {
		keep = HOST_CONSOLE_MAX / 2 < HOST_CONSOLE_MAX - len ? HOST_CONSOLE_MAX / 2
								     : HOST_CONSOLE_MAX - len;
		memmove(host.console, host.console + host.console_len - keep, keep);
		host.console_len = keep;
	}
	memcpy(host.console + host.console_len, buf, len);
	host.console_len += len;
	host.console[host.console_len] = '\0';
}

const char *uart_name(prtos_u32_t port_id)
{
	return port_id == 0 ? "host UART0" : "host UART";
}

void host_console_clear(void)
{
	host.console_len = 0;
	host.console[0] = '\0';
}

void uart_raw_open(prtos_u32_t port_id, prtos_u32_t baud)
{
	host.send_port = port_id;
	host.send_baud = baud;
}

/* Takes at most host.send_room bytes, keeping the first HOST_SEND_MAX of them all. */
prtos_u32_t uart_raw_send(const void *buf, prtos_u32_t len)
{
	prtos_u32_t n = len < host.send_room ? len : host.send_room, keep = n;

	if (keep > HOST_SEND_MAX - host.sent_len)
		keep = HOST_SEND_MAX - host.sent_len;
	memcpy(host.sent + host.sent_len, buf, keep);
	host.sent_len += keep;
	host.send_room -= n;
	return n;
}
