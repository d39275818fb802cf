/* redteam2_port_vcpus: messages and the report area every partition shares. */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>

/* What runs (redteam2_queue_vcpus and redteam2_sampling_torn build these sources with
 * fewer): queuing traffic, sampling writes, sampling reads by the 2-vCPU reader. */
#ifndef QUEUING
#define QUEUING 1
#endif
#ifndef SAMPLING
#define SAMPLING 1
#endif
#ifndef SAMPLING_READERS
#define SAMPLING_READERS SAMPLING
#endif

/* Which vCPUs of the writer send and which of the reader receive queued messages. */
#ifndef SENDERS
#define SENDERS 3
#endif
#ifndef RECEIVERS
#define RECEIVERS 3
#endif

#define MSG_BYTES 4096
#define MSG_WORDS (MSG_BYTES / 4 - 2)
#define QMAX 4
#define SAMPLING_TAG 0x80000000U
#define SECRET_TAG 0x5EC12E70U /* the victim's messages to the judge, never to be seen */
#define MAX_SEQ 32768	       /* per writer vCPU: the bitmaps' size */

struct msg {
	prtos_u32_t vcpu, seq;
	prtos_u32_t w[MSG_WORDS];
};

struct shared {
	volatile prtos_u32_t stop; /* the judge: writers stop, readers drain */
	volatile prtos_u32_t sent[2], full[2], swritten[2], w_badret[2], w_lastret[2];
	volatile prtos_u32_t qstat_max, qstat_bad; /* num_of_msgs seen by anyone */
	volatile prtos_u32_t rcvd[2], empty[2], sread[2], r_badret[2], r_lastret[2];
	volatile prtos_u32_t torn[2], dup[2], badsize[2], bad_vcpu[2], sampling_in_queue[2];
	volatile prtos_u32_t s_torn[2], s_back[2], s_badsize[2];
	volatile prtos_u32_t v_reads, v_torn, v_back, v_badsize, v_badret, v_lastret;
	volatile prtos_u32_t first_torn_vcpu, first_torn_seq, first_torn_word, first_torn_who;
	volatile prtos_u32_t w_alive[2], r_alive[2], v_alive;
	volatile prtos_u32_t leak[2], secrets_sent;
	/* PRTOS_OP_NOT_ALLOWED from a sampling port the other vCPU is using (queuing: counted
	 * with full and empty) */
	volatile prtos_u32_t w_busy[2], r_busy[2];
	volatile prtos_u32_t got[2][MAX_SEQ / 32]; /* queued messages received, per writer vCPU */
};
#define SHARED ((struct shared *)0x06800000)

static inline prtos_u32_t msg_word(prtos_u32_t vcpu, prtos_u32_t seq, prtos_u32_t i)
{
	prtos_u32_t x = (vcpu * 0x9E3779B9U) ^ (seq * 0x85EBCA6BU) ^ (i * 0xC2B2AE35U);

	x ^= x >> 15;
	x *= 0x2C1B3C6DU;
	return x ^ (x >> 12);
}

static inline void msg_fill(struct msg *m, prtos_u32_t vcpu, prtos_u32_t seq)
{
	prtos_u32_t i;

	m->vcpu = vcpu;
	m->seq = seq;
	for (i = 0; i < MSG_WORDS; i++)
		m->w[i] = msg_word(vcpu, seq, i);
}

/* -1 if whole, else the index of the first word that does not belong to its header. */
static inline int msg_check(const struct msg *m)
{
	prtos_u32_t i;

	for (i = 0; i < MSG_WORDS; i++)
		if (m->w[i] != msg_word(m->vcpu, m->seq, i))
			return (int)i;
	return -1;
}

static inline void note_torn(const struct msg *m, int word, prtos_u32_t who)
{
	struct shared *s = SHARED;

	if (!s->first_torn_who) {
		s->first_torn_who = who;
		s->first_torn_vcpu = m->vcpu;
		s->first_torn_seq = m->seq;
		s->first_torn_word = (prtos_u32_t)word;
	}
}

/* Sets bit n of the bitmap atomically; returns its old value. */
static inline int test_and_set(volatile prtos_u32_t *map, prtos_u32_t n)
{
	unsigned char old;

	__asm__ volatile("lock btsl %2, %1\n\tsetc %0" : "=q"(old), "+m"(*map) : "r"(n) : "memory");
	return old;
}
#endif
