/* What the 16550 driver's two files share: the console (uart16550.c), the raw port (uart16550_raw.c). */
#ifndef DRIVERS_UART16550_H
#define DRIVERS_UART16550_H

#include <prtos/types.h>

#define UART_REG_DATA 0
#define UART_REG_LSR 5
#define UART_LSR_THR_EMPTY 0x20

/*
 * Sets up COM port port_id (COM1 for an id the PC has not) at baud, interrupts
 * off, FIFOs on: returns its I/O base, and in *burst the bytes its transmitter
 * takes once it is empty (16 with a FIFO, else 1).
 */
prtos_u16_t uart_port_setup(prtos_u32_t port_id, prtos_u32_t baud, prtos_u32_t *burst);

#endif
