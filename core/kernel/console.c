/* The hypervisor console: printk and partition console output, both on the UART. */
#include <prtos/console.h>
#include <prtos/printk.h>
#include <prtos/uart.h>

#define PRINTK_BUF 256

void console_init(prtos_u32_t port_id, prtos_u32_t baud)
{
	uart_init(port_id, baud);
}

void console_write(const char *buf, prtos_u32_t len)
{
	uart_write(buf, len);
}

void printk(const char *fmt, ...)
{
	char buf[PRINTK_BUF];
	va_list_k ap;
	int n;

	__builtin_va_start(ap, fmt);
	n = vsnprintk(buf, sizeof(buf), fmt, ap);
	__builtin_va_end(ap);
	if (n >= PRINTK_BUF)
		n = PRINTK_BUF - 1;
	console_write(buf, (prtos_u32_t)n);
}
