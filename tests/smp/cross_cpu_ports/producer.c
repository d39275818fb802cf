/*
 * cross_cpu_ports, P0 (system, on processor 0): sends QUEUED queuing messages with
 * sequence numbers and checksums as fast as the 8-message queue takes them, and writes
 * a sampling message (its own sequence) between any two attempts, while the consumer
 * on processor 1 receives and reads in slots that overlap its own. Then it judges the
 * consumer's report against its own counts, both ports' status and the core's
 * per-partition message counters: nothing lost, duplicated, torn or reordered.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

#define CONSUMER 1
#define WAIT_FRAMES 200

static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("[P0] FAIL: %s\n", what);
		failures++;
	}
}

static void judge(prtos_u32_t sent, prtos_u32_t full, prtos_u32_t written, int q)
{
	const struct report *r = REPORT;
	prtos_part_status_t me, peer;
	prtos_queuing_port_status_t st;

	check(prtos_get_queuing_port_status(q, &st) == PRTOS_OK, "source port status");
	check(prtos_get_partition_status(PRTOS_PARTITION_SELF, &me) == PRTOS_OK &&
		      prtos_get_partition_status(CONSUMER, &peer) == PRTOS_OK,
	      "partition status");
	printf("[P0] queuing: sent %u (queue full %u times), received %u: %u out of order, %u "
	       "torn, %u of another size; left in the ports %u and %u\n",
	       sent, full, r->received, r->out_of_order, r->torn, r->wrong_size, st.num_of_msgs,
	       r->left_in_port);
	printf("[P0] core's counters: P0 sent %llu, P1 received %llu; sampling: P0 wrote %llu, "
	       "P1 read %llu\n",
	       me.num_of_queuing_port_msgs_sent, peer.num_of_queuing_port_msgs_received,
	       me.num_of_sampling_port_msgs_written, peer.num_of_sampling_port_msgs_read);
	printf("[P0] sampling: wrote %u, read %u (%u distinct): %u torn, %u going back\n", written,
	       r->samples, r->sample_distinct, r->sample_torn, r->sample_backwards);
	check(r->done && sent == QUEUED && r->received == QUEUED, "every message received");
	check(!r->out_of_order && !r->torn && !r->wrong_size, "in order and whole");
	check(st.num_of_msgs == 0 && r->left_in_port == 0, "nothing left in the ports");
	check(me.num_of_queuing_port_msgs_sent == QUEUED &&
		      peer.num_of_queuing_port_msgs_received == QUEUED,
	      "the core's queuing counters");
	check(me.num_of_sampling_port_msgs_written == written &&
		      peer.num_of_sampling_port_msgs_read == r->samples,
	      "the core's sampling counters");
	check(r->samples > 0 && !r->sample_torn && !r->sample_backwards, "sampling reads whole");
	check(full > 0, "the queue was full at times (the consumer ran concurrently)");
}

void partition_main(void)
{
	int q = prtos_create_queuing_port("QOut", 8, MSG_SIZE, PRTOS_SOURCE_PORT);
	int s = prtos_create_sampling_port("SOut", MSG_SIZE, PRTOS_SOURCE_PORT, 0);
	prtos_u32_t sent = 0, full = 0, written = 0;
	struct msg m, sm;
	prtos_s32_t rc;
	int i;

	check(q >= 0 && s >= 0, "ports");
	msg_fill(&m, 0);
	while (sent < QUEUED) {
		rc = prtos_send_queuing_message(q, &m, sizeof(m));
		if (rc == PRTOS_OK) {
			msg_fill(&m, ++sent);
		} else {
			check(rc == PRTOS_OP_NOT_ALLOWED, "send: full or sent");
			full++;
		}
		msg_fill(&sm, written);
		if (prtos_write_sampling_message(s, &sm, sizeof(sm)) == PRTOS_OK)
			written++;
	}
	printf("[P0] sent %u queuing messages, wrote %u sampling messages\n", sent, written);
	for (i = 0; i < WAIT_FRAMES && !REPORT->done; i++)
		prtos_idle_self();
	judge(sent, full, written, q);
	printf("[P0] %s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
