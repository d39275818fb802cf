/*
 * Forgeries of a compiled configuration (struct prtos_config), written as words: the
 * tamper tool takes them on its command line, and the unit tests of the configuration
 * checker (tests/unit/test_config_check.c) feed the checker the same ones.
 *   set TABLE INDEX|all FIELD VALUE   set a 32-bit field of entry INDEX of TABLE (all:
 *                                     every entry up to the table's count)
 *   hm PART|hyp EVENT ACTION          set one health-monitor action
 *   name-fill TABLE INDEX             fill a name with 'X', leaving no terminating NUL
 *   name P TEXT                       set partition P's name to TEXT ("\n": a newline)
 *   area I start|mapped ADDR          set area I's physical start or mappedAt
 *   io I BASE N                       set I/O port range I to N ports from BASE
 *   memblock I START                  move memory block I to START
 *   config-version V                  set the configuration's version
 *   pools                             lay the core's pools out anew for what the forged
 *                                     configuration needs, as prtoscc would
 * TABLE is one of: config (INDEX 0), cpu, plan (of processor 0), slot, partition, area,
 * port, channel, ipvi, io, memblock, region, rsw (the loader's areas), hyp (INDEX 0),
 * pool (the core's pools of hyp, PRTOS_POOL_*). `forge_usage` lists the
 * fields. Numbers are C literals (0x...). Nothing is re-sealed here.
 */
#ifndef TESTS_TOOLS_FORGE_H
#define TESTS_TOOLS_FORGE_H

#include <prtos/config_blob.h>

/* Applies the forgery argv[0..argc) to cfg. Returns 0, or -1 and *why (static text). */
int forge_apply(struct prtos_config *cfg, int argc, char **argv, const char **why);

/* One line per operation and per settable field, for --help and error messages. */
extern const char forge_usage[];

#endif
