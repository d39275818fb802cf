/* Included after autoconf.h by tests/unit/prtoscc_cpus.mk: the program is built as with
 * Kconfig SMP and MAX_CPUS=4, whatever the tree's own configuration has. */
#undef CONFIG_MAX_CPUS
#define CONFIG_MAX_CPUS 4
#ifndef CONFIG_SMP
#define CONFIG_SMP 1
#endif
