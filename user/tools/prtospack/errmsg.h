/* Error message buffers of the packer: functions fill one and return -1. */
#ifndef PRTOSPACK_ERRMSG_H
#define PRTOSPACK_ERRMSG_H

#define ERRMSG_LEN 256

/* printf into err (ERRMSG_LEN bytes); returns -1 so callers can `return errmsg_set(...)`. */
int errmsg_set(char *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
