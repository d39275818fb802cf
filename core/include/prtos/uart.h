/* The console UART driver (Kconfig picks one, core/drivers/Kbuild). */
#ifndef PRTOS_UART_H
#define PRTOS_UART_H

#include <prtos/types.h>

void uart_init(prtos_u32_t port_id, prtos_u32_t baud);
void uart_write(const char *buf, prtos_u32_t len);
/* The platform's name of UART port_id, for the banner. */
const char *uart_name(prtos_u32_t port_id);

#endif
