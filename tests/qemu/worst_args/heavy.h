/* worst_args: the heavy partition's groups of calls. */
#ifndef HEAVY_H
#define HEAVY_H

#include <prtos.h>

#define DUMMY 2
#define DUMMY_BASE 0x06400000 /* the dummy's area (see the XML) */
#define BIG (256 * 1024)

extern prtos_u8_t big[BIG + 64];
extern int failures;

/* Reports rc != want as a failure of what. */
void expect_rc(prtos_s32_t rc, prtos_s32_t want, const char *what);

void heavy_copies(void);
void heavy_ports(void);
void heavy_logs(void);
void heavy_status(void);
void heavy_manage(int round);

#endif
