/* cross_cpu_ports: the messages both sides build and check, and the consumer's report. */
#ifndef MSG_H
#define MSG_H

#include <prtos.h>

#define MSG_SIZE 96
#define QUEUED 5000 /* queuing messages sent */
#define DATA_WORDS (MSG_SIZE / 4 - 2)

struct msg {
	prtos_u32_t seq;
	prtos_u32_t data[DATA_WORDS];
	prtos_u32_t sum; /* over seq and data: a torn message fails it */
};

_Static_assert(sizeof(struct msg) == MSG_SIZE, "one message fills the channel's length");

static inline prtos_u32_t msg_sum(const struct msg *m)
{
	prtos_u32_t h = 2166136261U ^ m->seq;
	int i;

	for (i = 0; i < DATA_WORDS; i++)
		h = (h ^ m->data[i]) * 16777619U;
	return h;
}

static inline void msg_fill(struct msg *m, prtos_u32_t seq)
{
	int i;

	m->seq = seq;
	for (i = 0; i < DATA_WORDS; i++)
		m->data[i] = seq * 2654435761U + (prtos_u32_t)i;
	m->sum = msg_sum(m);
}

/* Whether m is whole: its checksum, and data that belongs to its sequence number. */
static inline int msg_whole(const struct msg *m)
{
	int i;

	if (msg_sum(m) != m->sum)
		return 0;
	for (i = 0; i < DATA_WORDS; i++)
		if (m->data[i] != m->seq * 2654435761U + (prtos_u32_t)i)
			return 0;
	return 1;
}

/* What the consumer saw, for the producer's verdict. */
struct report {
	volatile prtos_u32_t done;
	volatile prtos_u32_t received, out_of_order, torn, wrong_size, left_in_port;
	volatile prtos_u32_t samples, sample_torn, sample_backwards, sample_distinct;
	volatile prtos_u32_t empty_polls;
};

#define REPORT ((struct report *)0x06800000)

#endif
