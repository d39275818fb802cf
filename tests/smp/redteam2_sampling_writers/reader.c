/* redteam2_sampling_writers, P2: reads the sampling port without pause. */
#include <prtos.h>

static char msg[4096];

void partition_main(void)
{
	prtos_u32_t flags;
	prtos_s32_t sp = prtos_create_sampling_port("SIn", 4096, PRTOS_DESTINATION_PORT, 0);

	for (;;)
		prtos_read_sampling_message(sp, msg, sizeof(msg), &flags);
}
