/* tracing, P0 and P1: each emits three events with its own code; the DEBUG one is
 * filtered out by the XML bitmask (0x1) of P0 and P1. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

static prtos_s32_t emit(prtos_u32_t bitmask, prtos_u32_t crit, prtos_u32_t code, prtos_u32_t value)
{
	prtos_trace_event_t ev;

	memset(&ev, 0, sizeof(ev));
	ev.op_code_hi = crit << TRACE_OPCODE_CRIT_BIT;
	ev.op_code_lo = code << TRACE_OPCODE_CODE_BIT;
	ev.payload[0] = value;
	return prtos_trace_event(bitmask, &ev);
}

void partition_main(void)
{
	prtos_u32_t me = PRTOS_PARTITION_SELF;
	prtos_trace_status_t st;
	prtos_s32_t r1, r2, r3, own, other;

	r1 = emit(0x1, PRTOS_TRACE_NOTIFY, 100 + me, 1000 * me + 1);
	r2 = emit(0x2, PRTOS_TRACE_DEBUG, 200 + me, 1000 * me + 2); /* not in the bitmask */
	r3 = emit(0x1, PRTOS_TRACE_WARNING, 300 + me, 1000 * me + 3);
	own = prtos_trace_open(me);
	other = prtos_trace_open(1 - me);
	prtos_trace_status(own, &st);
	printf("[P%d] emitted: %d %d %d; own stream %d holds %d; other stream: %d\n", me, r1, r2,
	       r3, own, st.num_of_events, other);
	if (r1 != PRTOS_OK || r2 != PRTOS_NO_ACTION || r3 != PRTOS_OK || own != (prtos_s32_t)me ||
	    st.num_of_events != 2 || other != PRTOS_PERM_ERROR)
		printf("[P%d] Verification Failed\n", me);
	for (;;)
		prtos_idle_self();
}
