/* area_flags: the memory map (as in prtos_cf.x86.xml) and the mailbox both partitions share. */
#ifndef AREA_FLAGS_H
#define AREA_FLAGS_H

#include <prtos.h>

#define DATA_ADDR 0x06200000U	/* P0: read-only; P1: writable, the same page */
#define HIDDEN_ADDR 0x06300000U /* P0: flagged unmapped */
#define MAILBOX_ADDR 0x06400000U
#define AREA_SIZE 0x1000U
#define LAST_WORD(a) ((a) + AREA_SIZE - 4)

#define PATTERN 0xC0DEFACEU
#define PROBES 12 /* checks P0 makes */

struct mailbox {
	volatile prtos_u32_t pattern_ready; /* P1 filled the data page */
	volatile prtos_u32_t done;	    /* P0 made its checks */
	volatile prtos_u32_t passed;	    /* how many held */
};

#define MAILBOX ((struct mailbox *)MAILBOX_ADDR)

#endif
