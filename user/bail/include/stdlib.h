/* BAIL <stdlib.h>: string to number conversion. */
#ifndef BAIL_STDLIB_H
#define BAIL_STDLIB_H

#include <stddef.h>

/*
 * strtol/strtoul accept bases 0 and 2..36 with the usual "0x"/"0" prefixes.
 * Out-of-range values clamp to LONG_MIN/LONG_MAX/ULONG_MAX; there is no errno.
 */
int atoi(const char *s);
long strtol(const char *s, char **endptr, int base);
unsigned long strtoul(const char *s, char **endptr, int base);

#endif /* BAIL_STDLIB_H */
