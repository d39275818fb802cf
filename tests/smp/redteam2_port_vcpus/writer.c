/*
 * redteam2_port_vcpus, P1 (writer, 2 vCPUs: vCPU 0 on processor 0, vCPU 1 on processor 1).
 * Both vCPUs send 4 KiB messages on the one queuing port and write 4 KiB messages on the
 * one sampling port without pause, each with its own sequence numbers: in 0-4 ms of each
 * frame both run at once, so two copies into the same channel overlap (each copy is cut
 * into 256-byte steps where the core lock is dropped). They also watch the queue's
 * message count, which must stay within 0..QMAX.
 */
#include <prtos.h>
#include "shared.h"

static struct msg out[2];

void partition_main(void)
{
	struct shared *s = SHARED;
	prtos_u32_t v, qseq, sseq = 0;
	prtos_s32_t q, sp, r;
	prtos_queuing_port_status_t st;

	setup_vcpus();
	v = prtos_get_vcpuid() & 1;
	q = prtos_create_queuing_port("QOut", QMAX, MSG_BYTES, PRTOS_SOURCE_PORT);
	sp = prtos_create_sampling_port("SOut", MSG_BYTES, PRTOS_SOURCE_PORT, 0);
	if (q < 0 || sp < 0) {
		s->w_badret[v]++;
		s->w_lastret[v] = 0xC0000000U | ((prtos_u32_t)(q < 0 ? q : sp) & 0xFFFF);
		for (;;)
			prtos_idle_self();
	}
	qseq = s->sent[v]; /* a restart would go on, but nothing restarts us */
	msg_fill(&out[v], v, qseq);
	for (;;) {
		s->w_alive[v]++;
		if (s->stop) {
			prtos_idle_self();
			continue;
		}
		if (QUEUING && (SENDERS >> v & 1) && qseq < MAX_SEQ) {
			r = prtos_send_queuing_message(q, &out[v], MSG_BYTES);
			if (r == PRTOS_OK) {
				s->sent[v] = ++qseq;
				msg_fill(&out[v], v, qseq);
			} else if (r == PRTOS_OP_NOT_ALLOWED) {
				s->full[v]++;
			} else {
				s->w_badret[v]++;
				s->w_lastret[v] = (prtos_u32_t)r;
			}
		}
		if (!QUEUING) {
		} else if (prtos_get_queuing_port_status(q, &st) == PRTOS_OK) {
			if (st.num_of_msgs > s->qstat_max)
				s->qstat_max = st.num_of_msgs;
		} else {
			s->qstat_bad++;
		}
		if (!SAMPLING)
			continue;
		msg_fill(&out[v], v | SAMPLING_TAG, sseq);
		r = prtos_write_sampling_message(sp, &out[v], MSG_BYTES);
		if (r == PRTOS_OK) {
			s->swritten[v] = ++sseq;
		} else if (r == PRTOS_OP_NOT_ALLOWED) {
			s->w_busy[v]++; /* the other vCPU's write is in progress */
		} else {
			s->w_badret[v]++;
			s->w_lastret[v] = (prtos_u32_t)r;
		}
		msg_fill(&out[v], v, qseq);
	}
}
