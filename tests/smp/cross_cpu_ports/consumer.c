/*
 * cross_cpu_ports, P1 (on processor 1): receives the producer's QUEUED queuing messages
 * and checks each one: whole (checksum and data), the next sequence number (nothing
 * lost, duplicated or reordered), the size sent. Whenever the queue is empty it reads
 * the sampling port instead: each message whole, its sequence number never going back.
 * Then it reports its counts and its port's status in the shared area.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

static struct report *r = REPORT;
static prtos_u32_t last_sample;

static void check_queued(const struct msg *m, prtos_s32_t n)
{
	if (n != MSG_SIZE)
		r->wrong_size++;
	else if (!msg_whole(m))
		r->torn++;
	else if (m->seq != r->received)
		r->out_of_order++;
	r->received++;
}

static void read_sample(int port)
{
	struct msg m;
	prtos_u32_t flags;
	prtos_s32_t n = prtos_read_sampling_message(port, &m, sizeof(m), &flags);

	if (n <= 0)
		return;
	r->samples++;
	if (n != MSG_SIZE || !msg_whole(&m)) {
		r->sample_torn++;
		return;
	}
	if (m.seq < last_sample)
		r->sample_backwards++;
	if (m.seq != last_sample || r->samples == 1)
		r->sample_distinct++;
	last_sample = m.seq;
}

void partition_main(void)
{
	int q = prtos_create_queuing_port("QIn", 8, MSG_SIZE, PRTOS_DESTINATION_PORT);
	int s = prtos_create_sampling_port("SIn", MSG_SIZE, PRTOS_DESTINATION_PORT, 0);
	prtos_queuing_port_status_t st;
	struct msg m;
	prtos_s32_t n;

	if (q < 0 || s < 0)
		printf("[P1] FAIL: ports %d %d\n", q, s);
	while (r->received < QUEUED) {
		n = prtos_receive_queuing_message(q, &m, sizeof(m));
		if (n == PRTOS_OP_NOT_ALLOWED) {
			r->empty_polls++;
			read_sample(s);
		} else {
			check_queued(&m, n);
		}
	}
	r->left_in_port = prtos_get_queuing_port_status(q, &st) == PRTOS_OK ? st.num_of_msgs : 999;
	printf("[P1] received %u queuing messages (%u empty polls), %u sampling reads\n",
	       r->received, r->empty_polls, r->samples);
	r->done = 1;
	for (;;)
		prtos_idle_self();
}
