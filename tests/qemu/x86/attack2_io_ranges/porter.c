/*
 * attack2_io_ranges, P0 (normal): touches one of its ports, then, each frame, starts
 * a 64-byte console write of control bytes a little before its slot ends; the start
 * sweeps the last 60 us of the slot, 1 us further each frame, so that the slot end
 * meets the write's longest section.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define SLOT_END_US 400

static char ctl[64];

void partition_main(void)
{
	prtos_plan_status_t ps;
	prtos_time_t now, at;
	int frame = 0;

	memset(ctl, 0x01, sizeof(ctl));
	__asm__ volatile("outb %%al, $0x70" : : "a"(0x0F));
	printf("[Porter] 31 port ranges, console writes at the slot end\n");
	prtos_get_plan_status(&ps);
	for (;;) {
		prtos_idle_self();
		at = SLOT_END_US - 60 + frame++ % 60;
		do
			prtos_get_time(PRTOS_HW_CLOCK, &now);
		while ((now - ps.switch_time) % MAJOR_FRAME_US < at);
		prtos_write_console(ctl, sizeof(ctl));
	}
}
