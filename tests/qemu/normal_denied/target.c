/* normal_denied, P1: logs two HM events (int3, ignored), emits a trace event, then
 * keeps counting its slots. */
#include <prtos.h>
#include <string.h>

volatile prtos_u32_t beats;

void partition_main(void)
{
	prtos_trace_event_t ev;

	__asm__ volatile("int3");
	__asm__ volatile("int3");
	memset(&ev, 0, sizeof(ev));
	prtos_trace_event(1, &ev);
	for (;;) {
		beats++;
		prtos_idle_self();
	}
}
