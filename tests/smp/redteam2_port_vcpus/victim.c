/*
 * redteam2_port_vcpus, P3 (victim, one vCPU on processor 2): an innocent second
 * destination of the writer's sampling channel. It reads without pause; every message
 * must be whole and each writer vCPU's sequence must never go back.
 */
#include <prtos.h>
#include "shared.h"

static struct msg in;
static prtos_u32_t last[2];

void partition_main(void)
{
	struct shared *s = SHARED;
	prtos_u32_t flags, w;
	prtos_s32_t sp, r;
	int bad;

	/* first, fill the judge's two secret queues, which it never reads */
	for (w = 0; w < 2; w++) {
		sp = prtos_create_queuing_port(w ? "Sec2" : "Sec1", QMAX, 1024, PRTOS_SOURCE_PORT);
		for (r = 0; r < QMAX; r++) {
			msg_fill(&in, SECRET_TAG, (prtos_u32_t)r);
			if (prtos_send_queuing_message(sp, &in, 1024) == PRTOS_OK)
				s->secrets_sent++;
		}
	}
	sp = prtos_create_sampling_port("SIn", MSG_BYTES, PRTOS_DESTINATION_PORT, 0);
	if (sp < 0) {
		s->v_badret++;
		s->v_lastret = (prtos_u32_t)sp;
		for (;;)
			prtos_idle_self();
	}
	for (;;) {
		s->v_alive++;
		r = prtos_read_sampling_message(sp, &in, MSG_BYTES, &flags);
		if (r == 0)
			continue;
		if (r != MSG_BYTES) {
			s->v_badret++;
			s->v_lastret = (prtos_u32_t)r;
			continue;
		}
		s->v_reads++;
		bad = msg_check(&in);
		if (bad >= 0 || !(in.vcpu & SAMPLING_TAG) || (in.vcpu & ~SAMPLING_TAG) > 1) {
			s->v_torn++;
			note_torn(&in, bad, 0x300);
			continue;
		}
		w = in.vcpu & 1;
		if (in.seq + 1 < last[w])
			s->v_back++;
		else
			last[w] = in.seq + 1;
	}
}
