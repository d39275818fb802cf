/* The core's coverage counters (Kconfig COVERAGE, core/kernel/gcov.c, doc/coverage.md). */
#ifndef PRTOS_GCOV_H
#define PRTOS_GCOV_H

#ifdef CONFIG_COVERAGE
/*
 * Sends every object's counters, as .gcda files, on the platform's second UART.
 * Called by the arch when it stops or resets the machine, interrupts off; waits for
 * the UART.
 */
void gcov_dump(void);
#else
static inline void gcov_dump(void)
{
}
#endif

#endif
