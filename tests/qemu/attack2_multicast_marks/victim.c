/*
 * attack2_multicast_marks, P1 and P2 (normal): read their destination ports (P1 has
 * two on the same channel) without pause into an odd address; their 70 us slots
 * end in the middle of each 4 KiB copy, and the chaos partition resets, halts and
 * suspends them in the middle of others.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

static unsigned char raw[MSG_BYTES + 8];

void partition_main(void)
{
	unsigned char *m = raw + 3;
	prtos_s32_t d[2], n;
	prtos_u32_t flags;
	int ports = 0, i;

	d[ports++] = prtos_create_sampling_port("In", MSG_BYTES, PRTOS_DESTINATION_PORT, 0);
	if (PRTOS_PARTITION_SELF == 1)
		d[ports++] =
			prtos_create_sampling_port("In2", MSG_BYTES, PRTOS_DESTINATION_PORT, 0);
	for (i = 0;; i++) {
		n = prtos_read_sampling_message(d[i % ports], m, MSG_BYTES, &flags);
		if (n > 0 && !msg_whole(m, n))
			printf("[P%d] TORN message: %d bytes, 0x%x ... 0x%x\n",
			       (int)PRTOS_PARTITION_SELF, n, *(volatile prtos_u32_t *)m,
			       *(volatile prtos_u32_t *)(m + MSG_BYTES - 4));
	}
}
