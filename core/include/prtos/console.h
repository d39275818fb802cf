/* Hypervisor console. */
#ifndef PRTOS_CONSOLE_H
#define PRTOS_CONSOLE_H

#include <prtos/types.h>

void console_init(prtos_u32_t port_id, prtos_u32_t baud);
void console_write(const char *buf, prtos_u32_t len);

#endif
