/* attack_trace_overlap, P1 (normal): traces a secret into its own stream every slot. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

void partition_main(void)
{
	prtos_trace_event_t ev;
	prtos_s32_t r;
	int i;

	printf("[Victim] tracing secrets into my own stream\n");
	for (;;) {
		for (i = 0; i < 4; i++) {
			memset(&ev, 0, sizeof(ev));
			ev.payload[0] = 0x5EC2E700U | (prtos_u32_t)i;
			ev.payload[1] = 0x5EC2E7FFU;
			r = prtos_trace_event(1, &ev);
			if (r != PRTOS_OK)
				printf("[Victim] trace_event returned %d\n", r);
		}
		prtos_idle_self();
	}
}
