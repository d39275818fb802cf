/* jitter benchmark: a partition that computes through all of its slots. */
#include <prtos.h>

void partition_main(void)
{
	volatile prtos_u32_t n = 0;

	for (;;)
		n++;
}
