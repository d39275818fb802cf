/*
 * attack_io_switch, P0 (normal): owns every I/O port a partition may own but
 * the guard's 0x80 (80 ports in 7 ranges; prtoscc refuses the 65,264 this attack
 * first asked for). It never touches them: the cost is the core's, paid when the
 * guard (which owns one port) is switched in after it.
 * It runs for ATTACK_FRAMES major frames and then halts itself, so that the
 * guard sees its slot starts move when the attack stops.
 */
#include <prtos.h>
#include <stdio.h>

#define ATTACK_FRAMES 40

void partition_main(void)
{
	prtos_time_t t0, now;

	prtos_get_time(PRTOS_HW_CLOCK, &t0);
	printf("[Porter] owning 80 ports; idling for %d frames\n", ATTACK_FRAMES);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - t0 < ATTACK_FRAMES * MAJOR_FRAME_US);
	printf("[Porter] stopping\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}
