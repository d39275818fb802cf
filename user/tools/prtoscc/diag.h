/* Diagnostics: `file:line: message` on stderr, with error and warning counts. */
#ifndef PRTOSCC_DIAG_H
#define PRTOSCC_DIAG_H

#define DIAG_PRINTF __attribute__((format(printf, 2, 3)))

void diag_set_file(const char *file);
void diag_reset(void);
/* Quiet mode keeps counting and remembers the last message but prints nothing (tests). */
void diag_set_quiet(int quiet);
void diag_error(unsigned line, const char *fmt, ...) DIAG_PRINTF;
void diag_warn(unsigned line, const char *fmt, ...) DIAG_PRINTF;
unsigned diag_errors(void);
unsigned diag_warnings(void);
/* The last error or warning as printed ("file:line: message"), for tests. */
const char *diag_last(void);
/* 1 if any message since diag_reset() contained text (keeps the first 8 KiB), for tests. */
int diag_seen(const char *text);

#endif
