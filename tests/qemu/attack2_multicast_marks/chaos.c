/*
 * attack2_multicast_marks, P4 (system): at every second of its slots, picks a victim (either
 * reader, or the writer) and an action at random: cold or warm reset, halt, suspend,
 * resume. Halted and suspended partitions come back with a later reset or resume.
 */
#include <prtos.h>

void partition_main(void)
{
	prtos_u32_t x = 12345, target, action;
	static const int targets[] = {1, 2, 1, 2, 0};
	int frame = 0;

	for (;;) {
		if (frame++ % 2) {
			prtos_idle_self();
			continue;
		}
		x = x * 1103515245U + 12345U;
		target = targets[(x >> 16) % 5];
		action = (x >> 8) % 6;
		switch (action) {
		case 0:
			prtos_reset_partition(target, PRTOS_COLD_RESET, 0);
			break;
		case 1:
			prtos_reset_partition(target, PRTOS_WARM_RESET, 0);
			break;
		case 2:
			prtos_halt_partition(target);
			break;
		case 3:
			prtos_suspend_partition(target);
			break;
		default:
			prtos_resume_partition(target);
			prtos_reset_partition(target, PRTOS_WARM_RESET, 0);
			break;
		}
		prtos_idle_self();
	}
}
