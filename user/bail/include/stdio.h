/* BAIL <stdio.h>: formatted output to the partition console and to strings. */
#ifndef BAIL_STDIO_H
#define BAIL_STDIO_H

#include <stddef.h>

/*
 * Conversions: %d %i %u %x %X %o %s %c %p %%, flags '-' '0' '+' ' ',
 * width and precision (also '*'), modifiers hh h l ll z.
 * %x prints upper-case digits, like PRTOS's BAIL.
 * Console output is line-buffered: one console write per line.
 * No format attribute on purpose: legacy sources must build with -Werror.
 */
int printf(const char *fmt, ...);
int vprintf(const char *fmt, __builtin_va_list ap);
int sprintf(char *buf, const char *fmt, ...);
int vsprintf(char *buf, const char *fmt, __builtin_va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...);
int vsnprintf(char *buf, size_t size, const char *fmt, __builtin_va_list ap);
int putchar(int c);

#endif /* BAIL_STDIO_H */
