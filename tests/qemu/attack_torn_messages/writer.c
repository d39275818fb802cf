/*
 * attack_torn_messages, P0 (normal): writes 4 KiB sampling messages and sends 4 KiB
 * queuing messages without pause, from buffers at odd addresses, each one word
 * repeated (its reset count and sequence number). Its slots end in the middle of
 * copies, and the resetter warm-resets it in the middle of others.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

static prtos_u8_t raw[MSG_BYTES + 8];

static void fill(prtos_u8_t *m, prtos_u32_t tag)
{
	int i;

	for (i = 0; i < MSG_BYTES; i += 4)
		*(volatile prtos_u32_t *)(m + i) = tag; /* unaligned, fine on x86 */
}

void partition_main(void)
{
	prtos_u32_t epoch = prtos_get_pct0()->reset_counter, seq = 0, qseq = 0;
	prtos_u8_t *m = raw + 1;
	prtos_s32_t s, q;

	s = prtos_create_sampling_port("S", MSG_BYTES, PRTOS_SOURCE_PORT, 0);
	q = prtos_create_queuing_port("Q", 4, MSG_BYTES, PRTOS_SOURCE_PORT);
	if (epoch == 0)
		printf("[Writer] ports %d %d\n", s, q);
	for (;;) {
		fill(m, TAG(epoch, seq));
		prtos_write_sampling_message(s, m, MSG_BYTES);
		seq++;
		fill(m, TAG(epoch, qseq));
		if (prtos_send_queuing_message(q, m, MSG_BYTES) == PRTOS_OK)
			qseq++;
	}
}
