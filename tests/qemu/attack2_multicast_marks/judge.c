/*
 * attack2_multicast_marks, P3 (system): the fourth destination of the channel. It
 * reads without pause and checks every message, for 200 frames; it then checks that
 * the writer and both readers kept going, and halts the system.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

#define FRAMES 200

static unsigned char raw[MSG_BYTES + 8];

void partition_main(void)
{
	unsigned char *m = raw + 2;
	prtos_s32_t d = prtos_create_sampling_port("In", MSG_BYTES, PRTOS_DESTINATION_PORT, 0), n;
	prtos_part_status_t st[3];
	prtos_time_t start, now;
	prtos_u32_t flags, reads = 0, torn = 0, resets;
	int i, ok;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		n = prtos_read_sampling_message(d, m, MSG_BYTES, &flags);
		if (n > 0) {
			reads++;
			if (!msg_whole(m, n)) {
				torn++;
				printf("[Judge] TORN message: 0x%x ... 0x%x\n",
				       *(volatile prtos_u32_t *)m,
				       *(volatile prtos_u32_t *)(m + MSG_BYTES - 4));
			}
		}
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - start < FRAMES * 2000);
	for (i = 0; i < 3; i++)
		prtos_get_partition_status(i, &st[i]);
	resets = st[0].reset_counter + st[1].reset_counter + st[2].reset_counter;
	printf("[Judge] %u whole reads, %u torn; written %u; read by P1 %u, P2 %u; %u resets\n",
	       reads, torn, (prtos_u32_t)st[0].num_of_sampling_port_msgs_written,
	       (prtos_u32_t)st[1].num_of_sampling_port_msgs_read,
	       (prtos_u32_t)st[2].num_of_sampling_port_msgs_read, resets);
	ok = torn == 0 && reads > 100 && st[1].num_of_sampling_port_msgs_read > 5 &&
	     st[2].num_of_sampling_port_msgs_read > 5 && resets > 20;
	printf("[Judge] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
