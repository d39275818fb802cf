/* cross_cpu_manage: the area the manager (P0, CPU0) and the target (P1, CPU1) share. */
#ifndef SHARED_H
#define SHARED_H

#include <prtos.h>

#define MAJOR_FRAME_US 20000
#define SLOT_US 10000	/* both slots: [0, 10 ms) of each frame, one on each processor */
#define CLOCK_EVERY 256 /* the target reads the HW clock once in this many turns (~20 us) */
#define GAP_US 1000	/* a pause of the target's loop this long: it was stopped */
#define CMD_HALT_SELF 1

struct shared {
	/* Written by the target at its entry, boots last. */
	volatile prtos_u32_t boots, reset_counter, reset_status;
	volatile prtos_time_t entry_time;
	volatile prtos_time_t last_before_entry; /* the previous run's latest reading */
	/* Written by the target's loop: its turns, and its latest HW clock reading. */
	volatile prtos_u32_t count;
	volatile prtos_time_t last_time;
	/* The first reading after the latest pause of the loop longer than GAP_US. */
	volatile prtos_time_t gap_end;
	/* The manager's command, and when the target obeyed it. */
	volatile prtos_u32_t cmd;
	volatile prtos_time_t self_halt_time;
};

#define SHARED ((struct shared *)0x06800000)

#endif
