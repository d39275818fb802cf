/*
 * attack_sampling_starve, P1 (normal): a 150 us slot; reads the 4 KiB message into
 * a buffer at an odd address (a read takes longer than its slot) and counts.
 */
#include <prtos.h>
#include <stdio.h>

static prtos_u8_t raw[4096 + 8];

void partition_main(void)
{
	prtos_s32_t s = prtos_create_sampling_port("S", 4096, PRTOS_DESTINATION_PORT, 0);
	prtos_u32_t flags;
	prtos_s32_t n;
	int reads = 0;

	printf("[Reader] port %d\n", s);
	for (;;) {
		n = prtos_read_sampling_message(s, raw + 1, 4096, &flags);
		if (n > 0 && ++reads <= 5)
			printf("[Reader] read %d: %d bytes\n", reads, n);
	}
}
