/*
 * The hypervisor console, shared by the core and the partitions. After the
 * scheduler starts, every line the core prints begins with one of the
 * reserved prefixes (CONSOLE_RESERVED), and no partition line can: a
 * partition's line that would begin with one gets a backslash first. Partition
 * output is printable ASCII, tab and newline; any other byte appears as \xNN.
 * Output from another source than the last one starts on a new line; each
 * processor's core output is a source of its own.
 */
#ifndef PRTOS_CONSOLE_H
#define PRTOS_CONSOLE_H

#include <prtos/types.h>

#define CONSOLE_SRC_CORE (-1) /* the core on processor 0 (and on one processor) */
/* The core's output on processor cpu: -1, -2, ...; a partition's source is its id. */
#define CONSOLE_SRC_CORE_CPU(cpu) (CONSOLE_SRC_CORE - (prtos_s32_t)(cpu))
#define CONSOLE_SRC_IS_CORE(src) ((src) <= CONSOLE_SRC_CORE)
#define CONSOLE_RESERVED                  \
	{                                 \
		"PRTOS", "[PRTOS", "[HM]" \
	}
#define CONSOLE_RESERVED_MAX 6 /* the longest reserved prefix */
#define CONSOLE_ESCAPED_MAX 4  /* the most bytes one partition byte becomes ("\xNN") */
#define CONSOLE_BYTE_MAX 5     /* ... with a backslash before it */

/* Where the console's output stands (pure state, see console_filter.c). */
struct console_state {
	prtos_s32_t src;      /* who wrote last: CONSOLE_SRC_CORE_CPU(n) or a partition id */
	int at_bol;	      /* the last byte written ended a line */
	prtos_u32_t core_cut; /* bit n: another writer cut processor n's core line: its
			       * rest is marked */
};

/* What the rest of a core line that another writer cut starts with. */
#define CONSOLE_CONTINUED "[PRTOS] ... "
#define CONSOLE_CONTINUED_LEN (sizeof(CONSOLE_CONTINUED) - 1)

void console_init(prtos_u32_t port_id, prtos_u32_t baud);
/* The core's own output on this processor, as it is (printk). */
void console_write(const char *buf, prtos_u32_t len);
/*
 * Partition id's output: bytes of in[0..n), escaped, as many as make at most
 * about n bytes of output (so the work is bounded whatever the bytes are);
 * returns how many were taken, at least one. in[n..n+ahead) are the bytes that
 * follow in the same write (at most CONSOLE_RESERVED_MAX - 1 are looked at);
 * ahead is 0 at the end of the write.
 */
prtos_u32_t console_write_partition(prtos_s32_t id, const char *in, prtos_u32_t n,
				    prtos_u32_t ahead);

/*
 * Pure: what goes to the device for this output. Returns the bytes written to
 * out: a newline when src differs from the last writer in the middle of a
 * line, then bytes of in[0..n), as they are from the core (all n, after
 * CONSOLE_CONTINUED when another writer cut that processor's core line; out holds
 * 1 + CONSOLE_CONTINUED_LEN + n bytes), escaped from a partition while their output fits in out_max
 * (at least CONSOLE_BYTE_MAX + 1, so that one byte always fits). *taken gets
 * how many bytes of in were used.
 */
prtos_u32_t console_filter(struct console_state *st, prtos_s32_t src, const char *in, prtos_u32_t n,
			   prtos_u32_t ahead, char *out, prtos_u32_t out_max, prtos_u32_t *taken);

#endif
