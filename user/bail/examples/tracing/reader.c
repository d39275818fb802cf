/* tracing, P2 (system): reads both partitions' streams and a few of the hypervisor's
 * scheduling events, and checks what it finds. */
#include <prtos.h>
#include <stdio.h>

static const char *const crit_names[] = {"notify", "debug", "warning", "unrecoverable"};

static int read_stream(prtos_id_t id)
{
	prtos_s32_t s = prtos_trace_open(id);
	prtos_trace_event_t ev;
	int n = 0, ok = 1;
	prtos_u32_t code, crit;

	while (prtos_trace_read(s, &ev) == 1) {
		code = (ev.op_code_lo & TRACE_OPCODE_CODE_MASK) >> TRACE_OPCODE_CODE_BIT;
		crit = (ev.op_code_hi & TRACE_OPCODE_CRIT_MASK) >> TRACE_OPCODE_CRIT_BIT;
		printf("[P2] stream %d: seq %d, partition %d, %s, code %d, payload %d, at %lld "
		       "us\n",
		       id, (ev.op_code_hi & TRACE_OPCODE_SEQ_MASK) >> TRACE_OPCODE_SEQ_BIT,
		       ev.op_code_lo & TRACE_OPCODE_PARTID_MASK, crit_names[crit & 3], code,
		       ev.payload[0], ev.timestamp);
		ok &= ev.signature == PRTOS_TRACE_SIGNATURE &&
		      (ev.op_code_lo & TRACE_OPCODE_PARTID_MASK) == id && code % 100 == id;
		n++;
	}
	return ok && n == 2;
}

void partition_main(void)
{
	prtos_s32_t hyp = prtos_trace_open(PRTOS_HYPERVISOR_ID);
	prtos_trace_status_t st;
	prtos_trace_event_t ev;
	int ok, i;

	prtos_idle_self(); /* the emitters run first */
	ok = read_stream(0) & read_stream(1);
	/* Seeking: back to the first kept record of P0's stream, and refused past the end. */
	ok &= prtos_trace_seek(0, 0, PRTOS_TRACE_SEEK_SET) == PRTOS_OK;
	ok &= prtos_trace_read(0, &ev) == 1 && ev.payload[0] == 1;
	ok &= prtos_trace_seek(0, 1, PRTOS_TRACE_SEEK_END) == PRTOS_INVALID_PARAM;
	ok &= prtos_trace_seek(0, -1, PRTOS_TRACE_SEEK_END) == PRTOS_OK;
	ok &= prtos_trace_read(0, &ev) == 1 && ev.payload[0] == 3 && prtos_trace_read(0, &ev) == 0;
	printf("[P2] seeking in stream 0: %s\n", ok ? "ok" : "FAIL");
	prtos_trace_status(hyp, &st);
	printf("[P2] hypervisor stream: %d scheduling events so far\n", st.num_of_events);
	for (i = 0; i < 3 && prtos_trace_read(hyp, &ev) == 1; i++)
		printf("[P2] hypervisor: switch to partition %d at %lld us\n", ev.payload[0],
		       ev.timestamp);
	printf(ok && st.num_of_events > 0 ? "[P2] Verification Passed\n"
					  : "[P2] Verification Failed\n");
	prtos_halt_system();
}
