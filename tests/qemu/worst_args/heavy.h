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

/* The groups of calls; round counts the passes over all groups. */
void heavy_copies(int round);
void heavy_ports(int round);
void heavy_logs(int round);
void heavy_status(int round);
void heavy_manage(int round);

#endif
