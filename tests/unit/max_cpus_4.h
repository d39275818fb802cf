/* Included after autoconf.h by tests/unit/prtoscc_cpus.mk: the program is built as with
 * Kconfig MAX_CPUS=4, whatever the tree's own configuration has. */
#undef CONFIG_MAX_CPUS
#define CONFIG_MAX_CPUS 4
