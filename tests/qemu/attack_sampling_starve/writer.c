/* attack_sampling_starve, P0 (normal): writes 4 KiB sampling messages without pause. */
#include <prtos.h>
#include <stdio.h>

static prtos_u32_t msg[1024];

void partition_main(void)
{
	prtos_s32_t s = prtos_create_sampling_port("S", 4096, PRTOS_SOURCE_PORT, 0);
	prtos_u32_t seq = 0;

	printf("[Writer] port %d: writing without pause\n", s);
	for (;;) {
		msg[0] = seq++;
		prtos_write_sampling_message(s, msg, sizeof(msg));
	}
}
