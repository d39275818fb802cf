/* jitter benchmark (system): lets 1200 major frames of 500 us pass, then halts;
 * the core prints its slot-start statistics at the halt. */
#include <prtos.h>
#include <stdio.h>

#define MAJOR_FRAME 500
#define FRAMES 1200

void partition_main(void)
{
	prtos_time_t start, now;

	prtos_get_time(PRTOS_HW_CLOCK, &start);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - start < (prtos_time_t)FRAMES * MAJOR_FRAME);
	printf("[P4] %d major frames done\n", FRAMES);
	prtos_halt_system();
}
