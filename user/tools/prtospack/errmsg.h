/* Error message buffers of the packer: functions fill one and return -1. */
#ifndef PRTOSPACK_ERRMSG_H
#define PRTOSPACK_ERRMSG_H

#define ERRMSG_LEN 256

/* printf into err (ERRMSG_LEN bytes). */
void errmsg_fmt(char *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same, then -1, so callers can `return errmsg_set(...)`; a macro, so that the -1
 * is seen where it is returned (by the compiler and clang's analyzer alike). */
#define errmsg_set(...) (errmsg_fmt(__VA_ARGS__), -1)

#endif
