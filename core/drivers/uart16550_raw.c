/* The raw 16550 port, next to the console: bytes as they are, never a wait (the trace export). */
#include <prtos/uart.h>
#include <arch/io.h>
#include "uart16550.h"

static struct {
	prtos_u16_t base;
	prtos_u32_t burst; /* bytes that fit once the transmitter is empty */
	prtos_u32_t room;  /* of those, not written yet */
} raw;

void uart_raw_open(prtos_u32_t port_id, prtos_u32_t baud)
{
	raw.base = uart_port_setup(port_id, baud, &raw.burst);
	raw.room = 0;
}

/* A FIFO's worth at a time: the transmitter is polled once per burst. */
prtos_u32_t uart_raw_send(const void *buf, prtos_u32_t len)
{
	const prtos_u8_t *b = buf, *end = b + len, *stop;

	while (b < end) {
		if (!raw.room && (x86_inb(raw.base + UART_REG_LSR) & UART_LSR_THR_EMPTY))
			raw.room = raw.burst;
		if (!raw.room)
			break;
		stop = (prtos_u32_t)(end - b) < raw.room ? end : b + raw.room;
		raw.room -= (prtos_u32_t)(stop - b);
		while (b < stop)
			x86_outb(raw.base + UART_REG_DATA, *b++);
	}
	return len - (prtos_u32_t)(end - b);
}
