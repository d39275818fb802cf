/* 16550 UARTs on the PC's COM ports, polled: the hypervisor console, and the trace export's. */
#include <prtos/uart.h>
#include <arch/io.h>

#define UART_CLOCK 115200U
#define REG_DATA 0
#define REG_IER 1
#define REG_FCR 2
#define REG_IIR 2 /* read */
#define REG_LCR 3
#define REG_MCR 4
#define REG_LSR 5
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define LSR_THR_EMPTY 0x20
#define IIR_FIFO_ON 0xC0
#define FIFO_BYTES 16 /* a 16550A's transmit FIFO */
#define NUM_PORTS 4

struct uart_port {
	prtos_u16_t base;
	prtos_u32_t burst; /* bytes that fit once the transmitter is empty */
	prtos_u32_t room;  /* of those, not written yet */
};

static struct uart_port ports[NUM_PORTS] = {
	{0x3F8, 1, 0}, {0x2F8, 1, 0}, {0x3E8, 1, 0}, {0x2E8, 1, 0}};
static const char *const com_name[NUM_PORTS] = {"COM1", "COM2", "COM3", "COM4"};
static struct uart_port *console = &ports[0];

/* port_id's port; COM1 for an id the PC has not. */
static struct uart_port *uart_port(prtos_u32_t port_id)
{
	return &ports[port_id < NUM_PORTS ? port_id : 0];
}

void uart_open(prtos_u32_t port_id, prtos_u32_t baud)
{
	struct uart_port *u = uart_port(port_id);
	prtos_u32_t divisor;

	if (baud == 0 || baud > UART_CLOCK)
		baud = UART_CLOCK;
	divisor = UART_CLOCK / baud;
	x86_outb(u->base + REG_IER, 0x00);
	x86_outb(u->base + REG_LCR, LCR_DLAB);
	x86_outb(u->base + REG_DATA, divisor & 0xFF);
	x86_outb(u->base + REG_IER, (divisor >> 8) & 0xFF);
	x86_outb(u->base + REG_LCR, LCR_8N1);
	x86_outb(u->base + REG_FCR, 0xC7); /* enable and clear FIFOs */
	x86_outb(u->base + REG_MCR, 0x03); /* DTR, RTS; no interrupts */
	if ((x86_inb(u->base + REG_IIR) & IIR_FIFO_ON) == IIR_FIFO_ON)
		u->burst = FIFO_BYTES;
}

void uart_init(prtos_u32_t port_id, prtos_u32_t baud)
{
	uart_open(port_id, baud);
	console = uart_port(port_id);
}

const char *uart_name(prtos_u32_t port_id)
{
	return com_name[port_id < NUM_PORTS ? port_id : 0];
}

/* Bytes u takes now: its room, or a FIFO's worth if the transmitter is empty, or 0. */
static prtos_u32_t uart_room_now(struct uart_port *u)
{
	if (!u->room && (x86_inb(u->base + REG_LSR) & LSR_THR_EMPTY))
		u->room = u->burst;
	return u->room;
}

/* Waits until the transmitter of the port at base is empty; returns how many bytes it takes. */
static prtos_u32_t uart_wait_room(prtos_u16_t base, prtos_u32_t burst)
{
	while (!(x86_inb(base + REG_LSR) & LSR_THR_EMPTY))
		;
	return burst;
}

/* The transmitter is polled once per FIFO's worth of bytes, not once a byte. */
void uart_write(const char *buf, prtos_u32_t len)
{
	prtos_u16_t base = console->base, data = base + REG_DATA;
	prtos_u32_t i, room = console->room, burst = console->burst;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n') {
			if (!room)
				room = uart_wait_room(base, burst);
			x86_outb(data, '\r');
			room--;
		}
		if (!room)
			room = uart_wait_room(base, burst);
		x86_outb(data, (prtos_u8_t)buf[i]);
		room--;
	}
	console->room = room;
}

/* A FIFO's worth at a time: the transmitter is polled once per burst. */
prtos_u32_t uart_send(prtos_u32_t port_id, const void *buf, prtos_u32_t len)
{
	struct uart_port *u = uart_port(port_id);
	const prtos_u8_t *b = buf, *end = b + len, *stop;

	while (b < end && uart_room_now(u)) {
		stop = (prtos_u32_t)(end - b) < u->room ? end : b + u->room;
		u->room -= (prtos_u32_t)(stop - b);
		while (b < stop)
			x86_outb(u->base + REG_DATA, *b++);
	}
	return len - (prtos_u32_t)(end - b);
}
