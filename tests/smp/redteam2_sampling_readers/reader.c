/* redteam2_sampling_readers, P2 (2 vCPUs, hostile): both read the one destination port
 * without pause, each into its own buffer. */
#include <prtos.h>

static char msg[2][4096];

void partition_main(void)
{
	prtos_u32_t flags, v;
	prtos_s32_t sp;

	setup_vcpus();
	v = prtos_get_vcpuid() & 1;
	sp = prtos_create_sampling_port("SIn", 4096, PRTOS_DESTINATION_PORT, 0);
	for (;;)
		prtos_read_sampling_message(sp, msg[v], 4096, &flags);
}
