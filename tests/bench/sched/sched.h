/* Scheduling benchmark: the plan (prtos_cf.x86.xml) and the area both partitions map. */
#ifndef SCHED_H
#define SCHED_H

#include <stdint.h>

#define MAJOR_FRAME_US 100 /* the spinner's slot, then the meter's, 50 us each */
#define SHARED_AREA 0x06400000

struct shared {
	volatile uint32_t spinner_last; /* the low half of the TSC, stored by the spinner */
	volatile uint32_t stop;		/* never set: the meter halts the system */
};

#define SHARED ((struct shared *)SHARED_AREA)

#endif
