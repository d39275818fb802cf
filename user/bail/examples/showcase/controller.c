/* showcase, P1 "Controller": reads the temperature and sends heater commands on a
 * queuing port when the reading crosses its limits. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_s32_t in =
		prtos_create_sampling_port("Temperature", 4, PRTOS_DESTINATION_PORT, 20000);
	prtos_s32_t out = prtos_create_queuing_port("Commands", 8, 16, PRTOS_SOURCE_PORT);
	prtos_s32_t reading, heater = 1;
	prtos_u32_t flags;
	char cmd[16];

	for (;;) {
		if (prtos_read_sampling_message(in, &reading, sizeof(reading), &flags) > 0 &&
		    (flags & PRTOS_COMM_MSG_VALID)) {
			if (heater && reading > 230) {
				heater = 0;
				sprintf(cmd, "heater off");
			} else if (!heater && reading < 210) {
				heater = 1;
				sprintf(cmd, "heater on");
			} else {
				cmd[0] = 0;
			}
			if (cmd[0]) {
				printf("[Controller] %d.%d C: %s\n", reading / 10, reading % 10,
				       cmd);
				prtos_send_queuing_message(out, cmd, sizeof(cmd));
			}
		}
		prtos_idle_self();
	}
}
