/* hcall_args (P1, system): owns the memory P0 aims at, checks it is untouched and that
 * it kept running; then checks the system-partition halt codes. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define MARK_ADDR 0x06280000 /* P0 passes this address to hypercalls */
#define MARK "P1-SECRET-MARKER\n"
#define FRAMES 30

static int failures;

static void check(const char *what, prtos_s32_t got, prtos_s32_t want)
{
	printf("[P1] %-40s %d (want %d)%s\n", what, got, want, got == want ? "" : " FAIL:");
	if (got != want)
		failures++;
}

void partition_main(void)
{
	char *mark = (char *)MARK_ADDR;
	int i;

	memcpy(mark, MARK, sizeof(MARK));
	for (i = 0; i < FRAMES; i++)
		prtos_idle_self();
	printf("[P1] still running after P0's halt attempts\n");
	check("marker intact", memcmp(mark, MARK, sizeof(MARK)), 0);
	check("halt_partition(0) from a system partition", prtos_halt_partition(0), PRTOS_OK);
	check("halt_partition(0) again", prtos_halt_partition(0), PRTOS_NO_ACTION);
	check("halt_partition(99) from a system partition", prtos_halt_partition(99),
	      PRTOS_INVALID_PARAM);
	printf("[P1] %s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
