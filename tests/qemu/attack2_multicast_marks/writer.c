/*
 * attack2_multicast_marks, P0 (normal): writes 4 KiB sampling messages without
 * pause from an odd address, each one tag word repeated (reset count, sequence).
 */
#include <prtos.h>
#include "msg.h"

static unsigned char raw[MSG_BYTES + 8];

void partition_main(void)
{
	prtos_u32_t epoch = prtos_get_pct0()->reset_counter, seq = 0;
	unsigned char *m = raw + 1;
	prtos_s32_t s = prtos_create_sampling_port("Out", MSG_BYTES, PRTOS_SOURCE_PORT, 0);
	int i;

	for (;;) {
		seq++;
		for (i = 0; i < MSG_BYTES; i += 4)
			*(volatile prtos_u32_t *)(m + i) = (epoch << 24) | (seq & 0xFFFFFF);
		prtos_write_sampling_message(s, m, MSG_BYTES);
	}
}
