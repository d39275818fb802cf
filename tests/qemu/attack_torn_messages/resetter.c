/* attack_torn_messages, P2 (system): warm-resets the writer every third frame. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	int frame = 0;

	for (;;) {
		if (++frame % 3 == 0)
			prtos_reset_partition(0, PRTOS_WARM_RESET, 0);
		prtos_idle_self();
	}
}
