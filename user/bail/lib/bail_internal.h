/* BAIL private interface between the C library and the runtime. */
#ifndef BAIL_INTERNAL_H
#define BAIL_INTERNAL_H

/* Writes len bytes to the partition console (the runtime's write_console). */
void bail_console_write(const char *buf, int len);

/* Writes out a partial line held by printf/putchar; called before halting. */
void bail_console_flush(void);

#endif /* BAIL_INTERNAL_H */
