/* 16550 UART console driver. */
#ifndef PRTOS_UART_H
#define PRTOS_UART_H

#include <prtos/types.h>

void uart_init(prtos_u32_t port_id, prtos_u32_t baud);
void uart_write(const char *buf, prtos_u32_t len);

#endif
