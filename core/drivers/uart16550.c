/* 16550 UART on the PC's COM ports, polled, used as the hypervisor console. */
#include <prtos/uart.h>
#include <arch/io.h>

#define UART_CLOCK 115200U
#define REG_DATA 0
#define REG_IER 1
#define REG_FCR 2
#define REG_LCR 3
#define REG_MCR 4
#define REG_LSR 5
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define LSR_THR_EMPTY 0x20

static const prtos_u16_t com_base[] = {0x3F8, 0x2F8, 0x3E8, 0x2E8};
static prtos_u16_t uart_base = 0x3F8;

void uart_init(prtos_u32_t port_id, prtos_u32_t baud)
{
	prtos_u32_t divisor;

	if (port_id < sizeof(com_base) / sizeof(com_base[0]))
		uart_base = com_base[port_id];
	if (baud == 0 || baud > UART_CLOCK)
		baud = UART_CLOCK;
	divisor = UART_CLOCK / baud;
	x86_outb(uart_base + REG_IER, 0x00);
	x86_outb(uart_base + REG_LCR, LCR_DLAB);
	x86_outb(uart_base + REG_DATA, divisor & 0xFF);
	x86_outb(uart_base + REG_IER, (divisor >> 8) & 0xFF);
	x86_outb(uart_base + REG_LCR, LCR_8N1);
	x86_outb(uart_base + REG_FCR, 0xC7); /* enable and clear FIFOs */
	x86_outb(uart_base + REG_MCR, 0x03); /* DTR, RTS; no interrupts */
}

static void uart_putc(char c)
{
	while (!(x86_inb(uart_base + REG_LSR) & LSR_THR_EMPTY))
		;
	x86_outb(uart_base + REG_DATA, (prtos_u8_t)c);
}

void uart_write(const char *buf, prtos_u32_t len)
{
	prtos_u32_t i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			uart_putc('\r');
		uart_putc(buf[i]);
	}
}
