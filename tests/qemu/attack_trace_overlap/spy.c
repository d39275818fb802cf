/*
 * attack_trace_overlap, P0 (normal): its trace stream's memory block lies over
 * the victim's (in a configuration forged after prtoscc, which refuses it; the
 * core then gives neither partition a stream). It appends four records of its own, lets the victim run, and
 * reads its own stream back: the records it gets are the victim's.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

void partition_main(void)
{
	prtos_trace_event_t ev;
	prtos_s32_t h, r;
	int i, leaked = 0;

	h = prtos_trace_open(PRTOS_PARTITION_SELF);
	for (i = 0; i < 4; i++) {
		memset(&ev, 0, sizeof(ev));
		ev.payload[0] = 0x5A5A0000U | (prtos_u32_t)i;
		prtos_trace_event(1, &ev);
	}
	printf("[Spy] stream %d: appended 4 records of mine\n", h);
	prtos_idle_self(); /* the victim traces in its slot */
	for (i = 0; i < 4; i++) {
		r = prtos_trace_read(h, &ev);
		printf("[Spy] read %d: op 0x%x payload 0x%x 0x%x\n", r, ev.op_code_lo,
		       ev.payload[0], ev.payload[1]);
		if (r == 1 && (ev.payload[1] == 0x5EC2E7FFU))
			leaked++;
	}
	if (leaked)
		printf("[Spy] read %d of the victim's trace records: LEAK\n", leaked);
	else
		printf("[Spy] my stream holds only my records\n");
	for (;;)
		prtos_idle_self();
}
