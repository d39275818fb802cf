/* Formatted output of the core to its console. */
#ifndef PRTOS_PRINTK_H
#define PRTOS_PRINTK_H

#include <prtos/types.h>

typedef __builtin_va_list va_list_k;

/* Supports %d %i %u %x %X %p %s %c %%, the l and ll modifiers, width and zero padding. */
int vsnprintk(char *buf, prtos_u32_t size, const char *fmt, va_list_k args);
int snprintk(char *buf, prtos_u32_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
