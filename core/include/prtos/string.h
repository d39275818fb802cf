/* Freestanding string helpers of the core. */
#ifndef PRTOS_STRING_H
#define PRTOS_STRING_H

#include <prtos/types.h>

void *memset(void *dst, int c, prtos_u32_t n);
void *memcpy(void *dst, const void *src, prtos_u32_t n);
int memcmp(const void *a, const void *b, prtos_u32_t n);
prtos_u32_t strnlen(const char *s, prtos_u32_t max);
int strncmp(const char *a, const char *b, prtos_u32_t n);
/* Copies at most size-1 bytes and always NUL-terminates (size > 0). */
void strlcpy_k(char *dst, const char *src, prtos_u32_t size);

#endif
