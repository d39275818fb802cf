/* Reset of the whole system. */
#ifndef PRTOS_RESET_H
#define PRTOS_RESET_H

/* Resets the machine; a warm reset keeps an HM log kept in a memory block. */
void system_reset(int cold) __attribute__((noreturn));

#endif
