/* 16550 UART on the PC's COM ports, polled, used as the hypervisor console. */
#include <prtos/uart.h>
#include <arch/io.h>
#include "uart16550.h"

#define UART_CLOCK 115200U
#define REG_IER 1
#define REG_FCR 2
#define REG_IIR 2 /* read */
#define REG_LCR 3
#define REG_MCR 4
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define IIR_FIFO_ON 0xC0
#define FIFO_BYTES 16 /* a 16550A's transmit FIFO */

static const prtos_u16_t com_base[] = {0x3F8, 0x2F8, 0x3E8, 0x2E8};
static const char *const com_name[] = {"COM1", "COM2", "COM3", "COM4"};
static prtos_u16_t uart_base = 0x3F8;
static prtos_u32_t tx_burst = 1; /* bytes that fit once the transmitter is empty */
static prtos_u32_t tx_room;	 /* of those, not written yet */

/* Not inlined into uart_init: one copy, which the raw port shares (the loader's size). */
__attribute__((noinline)) prtos_u16_t uart_port_setup(prtos_u32_t port_id, prtos_u32_t baud,
						      prtos_u32_t *burst)
{
	prtos_u16_t base = com_base[port_id < sizeof(com_base) / sizeof(com_base[0]) ? port_id : 0];
	prtos_u32_t divisor;

	if (baud == 0 || baud > UART_CLOCK)
		baud = UART_CLOCK;
	divisor = UART_CLOCK / baud;
	x86_outb(base + REG_IER, 0x00);
	x86_outb(base + REG_LCR, LCR_DLAB);
	x86_outb(base + UART_REG_DATA, divisor & 0xFF);
	x86_outb(base + REG_IER, (divisor >> 8) & 0xFF);
	x86_outb(base + REG_LCR, LCR_8N1);
	x86_outb(base + REG_FCR, 0xC7); /* enable and clear FIFOs */
	x86_outb(base + REG_MCR, 0x03); /* DTR, RTS; no interrupts */
	*burst = (x86_inb(base + REG_IIR) & IIR_FIFO_ON) == IIR_FIFO_ON ? FIFO_BYTES : 1;
	return base;
}

void uart_init(prtos_u32_t port_id, prtos_u32_t baud)
{
	uart_base = uart_port_setup(port_id, baud, &tx_burst);
	tx_room = 0;
}

const char *uart_name(prtos_u32_t port_id)
{
	return port_id < sizeof(com_name) / sizeof(com_name[0]) ? com_name[port_id] : "COM1";
}

/* Waits until the transmitter is empty; returns how many bytes it takes now. */
static prtos_u32_t uart_wait_room(void)
{
	while (!(x86_inb(uart_base + UART_REG_LSR) & UART_LSR_THR_EMPTY))
		;
	return tx_burst;
}

/* The transmitter is polled once per FIFO's worth of bytes, not once a byte. */
void uart_write(const char *buf, prtos_u32_t len)
{
	prtos_u16_t data = uart_base + UART_REG_DATA;
	prtos_u32_t i, room = tx_room;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n') {
			if (!room)
				room = uart_wait_room();
			x86_outb(data, '\r');
			room--;
		}
		if (!room)
			room = uart_wait_room();
		x86_outb(data, (prtos_u8_t)buf[i]);
		room--;
	}
	tx_room = room;
}
