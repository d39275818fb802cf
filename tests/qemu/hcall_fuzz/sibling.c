/* hcall_fuzz, P1: the fuzzer's neighbour. Takes a baseline (a checksum of its code and
 * constants, and a canary it writes past its image), lets the fuzzer start, records
 * how far each of its slot starts lies from whole major frames while the fuzzer runs,
 * then checksums the same memory again and reports to the judge. */
#include <prtos.h>
#include <irqs.h>
#include "shared.h"

extern char bail_stack[]; /* .data, the first thing after the code and constants */
extern char _bss_end[];

static prtos_time_t first;
static volatile unsigned int starts;
static volatile int worst;

static void slot_start(trap_ctxt_t *ctxt)
{
	prtos_time_t now, d;

	(void)ctxt;
	prtos_get_time(PRTOS_HW_CLOCK, &now);
	if (starts++ == 0) {
		first = now;
		return;
	}
	d = now - first - (prtos_time_t)(starts - 1) * MAJOR_FRAME_US;
	d = d < 0 ? -d : d;
	if (d > worst)
		worst = (int)d;
}

static unsigned int canary_sum(void)
{
	return fuzz_sum((const void *)CANARY_ADDR, CANARY_SIZE, 0);
}

void partition_main(void)
{
	unsigned int *canary = (unsigned int *)CANARY_ADDR, i;

	SIBLING->image_end = (unsigned int)bail_stack;
	SIBLING->bss_end = (unsigned int)_bss_end;
	for (i = 0; i < CANARY_SIZE / 4; i++)
		canary[i] = canary_word(CANARY_ADDR + 4 * i);
	SIBLING->image_sum[0] =
		fuzz_sum((const void *)SIBLING_BASE, SIBLING->image_end - SIBLING_BASE, 0);
	SIBLING->canary_sum[0] = canary_sum();
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_CYCLIC_SLOT_START), slot_start);
	prtos_clear_irqpend(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_CYCLIC_SLOT_START);
	hw_sti();
	CONTROL->sibling_ready = 1;
	while (!CONTROL->done)
		fuzz_wait();
	hw_cli();
	SIBLING->image_sum[1] =
		fuzz_sum((const void *)SIBLING_BASE, SIBLING->image_end - SIBLING_BASE, 0);
	SIBLING->canary_sum[1] = canary_sum();
	SIBLING->slot_starts = starts;
	SIBLING->worst_us = worst;
	SIBLING->done = 1;
	for (;;)
		prtos_idle_self();
}
