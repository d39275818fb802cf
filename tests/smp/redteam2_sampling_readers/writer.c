/* redteam2_sampling_readers, P1 (one vCPU, innocent): writes 4 KiB messages on its
 * sampling port without pause. */
#include <prtos.h>

static char msg[4096];

void partition_main(void)
{
	prtos_s32_t sp = prtos_create_sampling_port("SOut", 4096, PRTOS_SOURCE_PORT, 0);

	for (;;)
		prtos_write_sampling_message(sp, msg, 4096);
}
