/* hcall_fuzz, P0 (normal): calls every hypercall number, and numbers past the end,
 * with arguments from a fixed pseudo-random sequence mixing interesting values
 * (0, -1, limits, the hypervisor, another partition, unmapped memory, the PCT, its
 * own memory). Any fault it provokes in itself warm-resets it (see the XML), and
 * it goes on with a new seed. Calls that would stop it for good are skipped. */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include "shared.h"

static prtos_u32_t seed;

static prtos_u32_t next(void)
{
	seed = seed * 1103515245U + 12345U;
	return seed >> 1;
}

static prtos_word_t arg(void)
{
	static const prtos_word_t interesting[] = {
		0,	    1,		2,	    0xFFFFFFFF, 0x7FFFFFFF, 0x80000000,
		0x01000000, 0x013FFFF0, 0x06100000, 0x20000000, 0xFFC00000, 0xFFFFFFF8,
		0x06000000, 0x060FFFF0, 16,	    4096,
	};
	prtos_u32_t r = next();

	if (r & 1)
		return interesting[(r >> 1) % (sizeof(interesting) / sizeof(interesting[0]))];
	return next();
}

/* Calls that end or freeze the caller itself are not interesting to fuzz. */
static int stops_caller(prtos_u32_t nr, prtos_word_t a0)
{
	prtos_u32_t self = PRTOS_PARTITION_SELF;

	switch (nr) {
	case 0:	 /* halt_partition */
	case 33: /* suspend_partition */
		return a0 == self;
	case 7: /* x86_iret: resumes a random context */
	case 6: /* set_trap_entry */
		return 1;
	default:
		return 0;
	}
}

void partition_main(void)
{
	prtos_word_t a[5];
	prtos_u32_t nr, i;

	seed = 0x5EED + prtos_get_pct()->reset_counter * 7919;
	if (prtos_get_pct()->reset_counter)
		REPORT->restarts++;
	printf("[P0] fuzzing (start %d)\n", prtos_get_pct()->reset_counter);
	for (;;) {
		nr = next() % (PRTOS_NR_HYPERCALLS + 4);
		for (i = 0; i < 5; i++)
			a[i] = arg();
		if (stops_caller(nr, a[0]))
			continue;
		prtos_hcall5(nr, a[0], a[1], a[2], a[3], a[4]);
		REPORT->calls++;
	}
}
