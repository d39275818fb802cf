/* showcase, P0 "Sensor": publishes a temperature reading on a sampling port every frame. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_s32_t port = prtos_create_sampling_port("Temperature", 4, PRTOS_SOURCE_PORT, 20000);
	prtos_s32_t reading = 200; /* tenths of a degree */
	int k;

	printf("[Sensor] publishing readings on port Temperature\n");
	for (k = 0;; k++) {
		reading += (k % 40 < 20) ? 2 : -2; /* warms for 20 frames, cools for 20 */
		prtos_write_sampling_message(port, &reading, sizeof(reading));
		prtos_idle_self();
	}
}
