/* The UART driver (Kconfig picks one, core/drivers/Kbuild): the console, and raw ports. */
#ifndef PRTOS_UART_H
#define PRTOS_UART_H

#include <prtos/types.h>

/* Sets up UART port_id (0: the platform's first) at baud and makes it the console. */
void uart_init(prtos_u32_t port_id, prtos_u32_t baud);
/* The console's output; waits for the transmitter, a newline goes out as CR LF. */
void uart_write(const char *buf, prtos_u32_t len);
/* Sets up UART port_id at baud for uart_send(); the console stays where it is. */
void uart_open(prtos_u32_t port_id, prtos_u32_t baud);
/*
 * Hands port_id's transmitter the first bytes of buf that it takes now, as they
 * are, without waiting; returns how many (0 when it is busy).
 */
prtos_u32_t uart_send(prtos_u32_t port_id, const void *buf, prtos_u32_t len);
/* The platform's name of UART port_id, for the banner. */
const char *uart_name(prtos_u32_t port_id);

#endif
