/*
 * attack_torn_messages, P1 (normal): reads the sampling port and drains the
 * queuing port without pause, into a buffer at an odd address, and checks that
 * every message is one tag word repeated, and that queued messages of one writer
 * run come in order without gaps.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

static prtos_u8_t raw[MSG_BYTES + 8];

static prtos_u32_t word(const prtos_u8_t *m, int i)
{
	return *(const volatile prtos_u32_t *)(m + i); /* unaligned, fine on x86 */
}

static int whole(const prtos_u8_t *m, prtos_s32_t n)
{
	int i;

	if (n != MSG_BYTES)
		return 0;
	for (i = 4; i < MSG_BYTES; i += 4)
		if (word(m, i) != word(m, 0))
			return 0;
	return 1;
}

void partition_main(void)
{
	prtos_u8_t *m = raw + 3;
	prtos_u32_t flags, last_q = 0xFFFFFFFFU, tag;
	prtos_s32_t s, q, n;
	unsigned sreads = 0, qreads = 0, torn = 0, order = 0, report = 100;

	s = prtos_create_sampling_port("S", MSG_BYTES, PRTOS_DESTINATION_PORT, 0);
	q = prtos_create_queuing_port("Q", 4, MSG_BYTES, PRTOS_DESTINATION_PORT);
	printf("[Reader] ports %d %d\n", s, q);
	for (;;) {
		n = prtos_read_sampling_message(s, m, MSG_BYTES, &flags);
		if (n > 0) {
			sreads++;
			if (!whole(m, n)) {
				torn++;
				printf("[Reader] TORN sampling message: 0x%x ... 0x%x\n",
				       word(m, 0), word(m, MSG_BYTES - 4));
			}
		}
		n = prtos_receive_queuing_message(q, m, MSG_BYTES);
		if (n > 0) {
			qreads++;
			tag = word(m, 0);
			if (!whole(m, n)) {
				torn++;
				printf("[Reader] TORN queuing message: 0x%x ... 0x%x\n", tag,
				       word(m, MSG_BYTES - 4));
			} else if (last_q != 0xFFFFFFFFU && (tag >> 24) == (last_q >> 24) &&
				   tag != last_q + 1) {
				order++;
				printf("[Reader] OUT OF ORDER queuing message 0x%x after 0x%x\n",
				       tag, last_q);
			}
			last_q = tag;
		}
		if (sreads + qreads >= report) {
			printf("[Reader] %u sampling reads, %u queued messages, %u torn, %u out of "
			       "order\n",
			       sreads, qreads, torn, order);
			report += 100;
		}
	}
}
