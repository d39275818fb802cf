/*
 * attack_io_switch, P0 (normal): owns 65,264 I/O ports (everything the compiler
 * does not reserve, except the guard's 0x80). It never touches them: the cost is
 * the core's, paid when the guard (which owns one port) is switched in after it.
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
	printf("[Porter] owning 65264 ports; idling for %d frames\n", ATTACK_FRAMES);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now - t0 < ATTACK_FRAMES * MAJOR_FRAME_US);
	printf("[Porter] stopping\n");
	prtos_halt_partition(PRTOS_PARTITION_SELF);
}
