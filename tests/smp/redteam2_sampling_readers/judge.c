/* redteam2_sampling_readers, P0 (system): lets the others run FRAMES frames, reports the
 * core's message counters, and halts the system. */
#include <prtos.h>
#include <stdio.h>

#define FRAMES 100

void partition_main(void)
{
	prtos_part_status_t ws, rs;
	int f;

	for (f = 0; f < FRAMES; f++)
		prtos_idle_self();
	prtos_get_partition_status(1, &ws);
	prtos_get_partition_status(2, &rs);
	printf("[P0] %d frames: writer wrote %u messages, reader read %u\n", FRAMES,
	       (prtos_u32_t)ws.num_of_sampling_port_msgs_written,
	       (prtos_u32_t)rs.num_of_sampling_port_msgs_read);
	printf("[P0] Verification Passed\n");
	prtos_halt_system();
}
