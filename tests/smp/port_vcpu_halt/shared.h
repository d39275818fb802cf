/* port_vcpu_halt: the message both ports carry and the report area. */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>

#define MSG_BYTES 4096
#define MSG_WORDS (MSG_BYTES / 4 - 2)
#define ROUNDS 200

struct msg {
	prtos_u32_t vcpu, seq;
	prtos_u32_t w[MSG_WORDS];
};

struct shared {
	volatile prtos_u32_t v0_ops, v0_lives, v0_in_op, rounds, done;
	volatile prtos_u32_t busy_after_halt, bad_ret, last_bad_ret, halt_ret, reset_ret;
	volatile prtos_u32_t s_written1, q_sent1;
	volatile prtos_u32_t fails;
};
#define SHARED ((struct shared *)0x06800000)

/* Fills m: every word a function of its vCPU, sequence and place. */
static inline void msg_fill(struct msg *m, prtos_u32_t vcpu, prtos_u32_t seq)
{
	prtos_u32_t i;

	m->vcpu = vcpu;
	m->seq = seq;
	for (i = 0; i < MSG_WORDS; i++)
		m->w[i] = (vcpu << 28) ^ (seq * 2654435761U) ^ i;
}

/* Whether m is whole: every word matches its header. */
static inline int msg_whole(const struct msg *m)
{
	prtos_u32_t i;

	for (i = 0; i < MSG_WORDS; i++)
		if (m->w[i] != ((m->vcpu << 28) ^ (m->seq * 2654435761U) ^ i))
			return 0;
	return 1;
}
#endif
