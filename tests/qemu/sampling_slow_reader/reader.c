/*
 * sampling_slow_reader, P1 (system): reads 4 KiB messages without pause in a 70 us
 * slot, so that most copies are cut by the end of its slot and go on in its next one,
 * after the writer's 600 us of writes. A write must never take the buffer being
 * copied (make mutate's sampling-writes-over-reader): every read must be whole.
 * After 200 frames it prints a verdict and halts the system.
 */
#include <prtos.h>
#include <stdio.h>
#include "msg.h"

#define FRAMES 200
#define FRAME_US 1000

static unsigned char raw[MSG_BYTES + 8];

void partition_main(void)
{
	unsigned char *m = raw + 2;
	prtos_s32_t d = prtos_create_sampling_port("In", MSG_BYTES, PRTOS_DESTINATION_PORT, 0), n;
	prtos_part_status_t writer;
	prtos_time_t start, now;
	prtos_u32_t flags, reads = 0, torn = 0;
	int ok;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		n = prtos_read_sampling_message(d, m, MSG_BYTES, &flags);
		if (n > 0) {
			reads++;
			if (!msg_whole(m, n) && torn++ < 3)
				printf("[Reader] TORN message: 0x%x ... 0x%x\n",
				       *(volatile prtos_u32_t *)m,
				       *(volatile prtos_u32_t *)(m + MSG_BYTES - 4));
		}
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - start < FRAMES * FRAME_US);
	prtos_get_partition_status(0, &writer);
	printf("[Reader] %u reads, %u torn; %u written\n", reads, torn,
	       (prtos_u32_t)writer.num_of_sampling_port_msgs_written);
	ok = torn == 0 && reads > 20 && writer.num_of_sampling_port_msgs_written > 4 * reads;
	printf("[Reader] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
