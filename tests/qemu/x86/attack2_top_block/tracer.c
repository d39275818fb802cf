/*
 * attack2_top_block, P0 (normal): appends one record to its own trace stream, whose
 * memory block the XML put at 0xFFF00000, and reads it back.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

void partition_main(void)
{
	prtos_trace_event_t ev;
	prtos_s32_t h, r;

	h = prtos_trace_open(PRTOS_PARTITION_SELF);
	printf("[Tracer] stream %d at 0xFFF00000: appending a record\n", h);
	memset(&ev, 0, sizeof(ev));
	ev.payload[0] = 0x70B0C0DEU;
	r = prtos_trace_event(1, &ev);
	printf("[Tracer] trace_event returned %d\n", r);
	r = prtos_trace_read(h, &ev);
	printf("[Tracer] trace_read returned %d, payload 0x%x\n", r, ev.payload[0]);
	for (;;)
		prtos_idle_self();
}
