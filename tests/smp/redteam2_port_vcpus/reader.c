/*
 * redteam2_port_vcpus, P2 (reader, 2 vCPUs: vCPU 0 on processor 0, vCPU 1 on processor 1).
 * Both vCPUs receive from the one queuing port and read the one sampling port without
 * pause; in 8-12 ms of each frame both run at once, so two receives of the same head
 * message overlap. Every message must be whole (its words match its header), come from a
 * queuing send (not the sampling port), and be received once: a bit per (writer vCPU,
 * sequence number) shows duplicates; the judge looks for holes.
 */
#include <prtos.h>
#include "shared.h"

static struct msg in[2];
static prtos_u32_t last_s[2][2]; /* per reader vCPU, per writer vCPU: last sampling seq + 1 */

static void sampling(prtos_u32_t v, prtos_s32_t sp)
{
	struct shared *s = SHARED;
	prtos_u32_t flags, w;
	prtos_s32_t r = prtos_read_sampling_message(sp, &in[v], MSG_BYTES, &flags);
	int bad;

	if (r == 0)
		return;
	if (r == PRTOS_OP_NOT_ALLOWED) { /* the other vCPU's read is in progress */
		s->r_busy[v]++;
		return;
	}
	if (r != MSG_BYTES) {
		s->r_badret[v]++;
		s->r_lastret[v] = (prtos_u32_t)r;
		return;
	}
	s->sread[v]++;
	bad = msg_check(&in[v]);
	if (bad >= 0 || !(in[v].vcpu & SAMPLING_TAG) || (in[v].vcpu & ~SAMPLING_TAG) > 1) {
		s->s_torn[v]++;
		note_torn(&in[v], bad, 0x200 + v);
		return;
	}
	w = in[v].vcpu & 1;
	if (in[v].seq + 1 < last_s[v][w])
		s->s_back[v]++;
	else
		last_s[v][w] = in[v].seq + 1;
}

void partition_main(void)
{
	struct shared *s = SHARED;
	prtos_u32_t v;
	prtos_s32_t q, sp, r;
	prtos_queuing_port_status_t st;
	int bad;

	setup_vcpus();
	v = prtos_get_vcpuid() & 1;
	q = prtos_create_queuing_port("QIn", QMAX, MSG_BYTES, PRTOS_DESTINATION_PORT);
	sp = prtos_create_sampling_port("SIn", MSG_BYTES, PRTOS_DESTINATION_PORT, 0);
	if (q < 0 || sp < 0) {
		s->r_badret[v]++;
		s->r_lastret[v] = 0xC0000000U | ((prtos_u32_t)(q < 0 ? q : sp) & 0xFFFF);
		for (;;)
			prtos_idle_self();
	}
	for (;;) {
		s->r_alive[v]++;
		r = QUEUING && (RECEIVERS >> v & 1)
			    ? prtos_receive_queuing_message(q, &in[v], MSG_BYTES)
			    : 0;
		if (!QUEUING || !(RECEIVERS >> v & 1)) {
		} else if (r == MSG_BYTES) {
			s->rcvd[v]++;
			bad = msg_check(&in[v]);
			if (in[v].vcpu == SECRET_TAG) {
				s->leak[v]++;
			} else if (in[v].vcpu & SAMPLING_TAG) {
				s->sampling_in_queue[v]++;
			} else if (in[v].vcpu > 1 || in[v].seq >= MAX_SEQ) {
				s->bad_vcpu[v]++;
				note_torn(&in[v], bad, 0x100 + v);
			} else if (bad >= 0) {
				s->torn[v]++;
				note_torn(&in[v], bad, 0x100 + v);
			} else if (test_and_set(s->got[in[v].vcpu], in[v].seq)) {
				s->dup[v]++;
			}
		} else if (r == PRTOS_OP_NOT_ALLOWED) {
			s->empty[v]++;
		} else if (r > 0) {
			s->badsize[v]++;
			s->r_lastret[v] = (prtos_u32_t)r;
		} else {
			s->r_badret[v]++;
			s->r_lastret[v] = (prtos_u32_t)r;
		}
		if (!QUEUING) {
		} else if (prtos_get_queuing_port_status(q, &st) == PRTOS_OK) {
			if (st.num_of_msgs > s->qstat_max)
				s->qstat_max = st.num_of_msgs;
		} else {
			s->qstat_bad++;
		}
		if (SAMPLING_READERS)
			sampling(v, sp);
	}
}
