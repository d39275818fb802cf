/* The UART driver (Kconfig picks one, core/drivers/Kbuild): the console, and a raw port. */
#ifndef PRTOS_UART_H
#define PRTOS_UART_H

#include <prtos/types.h>

/* Sets up UART port_id (0: the platform's first) at baud and makes it the console. */
void uart_init(prtos_u32_t port_id, prtos_u32_t baud);
/* The console's output; waits for the transmitter, a newline goes out as CR LF. */
void uart_write(const char *buf, prtos_u32_t len);
/*
 * The raw port, another UART than the console's, for the trace export (built with
 * Kconfig TRACE_EXPORT): uart_raw_open() sets up UART port_id at baud, and
 * uart_raw_send() hands its transmitter the first bytes of buf that it takes now,
 * as they are, without waiting; returns how many (0 when it is busy).
 */
void uart_raw_open(prtos_u32_t port_id, prtos_u32_t baud);
prtos_u32_t uart_raw_send(const void *buf, prtos_u32_t len);
/* The platform's name of UART port_id, for the banner. */
const char *uart_name(prtos_u32_t port_id);

#endif
