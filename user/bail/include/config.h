/* BAIL <config.h>: build constants visible to partitions. */
#ifndef BAIL_CONFIG_H
#define BAIL_CONFIG_H

#ifndef CONFIG_x86
#define CONFIG_x86 1
#endif
#define CONFIG_SIZE_PAGE_TABLE 16
#ifndef CONFIG_MAX_NO_CUSTOMFILES
#define CONFIG_MAX_NO_CUSTOMFILES 3
#endif
#ifndef PAGE_SIZE
#define PAGE_SIZE 4096
#endif

#endif
