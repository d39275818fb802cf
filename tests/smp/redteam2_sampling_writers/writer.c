/* redteam2_sampling_writers, P1 (2 vCPUs, one per processor): both write 4 KiB messages
 * on the one sampling port without pause. */
#include <prtos.h>

static char msg[2][4096];

void partition_main(void)
{
	prtos_u32_t v;
	prtos_s32_t sp;

	setup_vcpus();
	v = prtos_get_vcpuid() & 1;
	sp = prtos_create_sampling_port("SOut", 4096, PRTOS_SOURCE_PORT, 0);
	for (;;)
		prtos_write_sampling_message(sp, msg[v], 4096);
}
