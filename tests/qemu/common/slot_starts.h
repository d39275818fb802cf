/* Shared by scenarios that check their own slot starts against the plan. */
#ifndef SLOT_STARTS_H
#define SLOT_STARTS_H

#include <prtos.h>

/*
 * Records the HW clock at each of the caller's next n slot starts (through the
 * slot-start interrupt, from the next slot on) and returns the largest distance,
 * in us, of any of them from a whole number of major frames after the first.
 */
prtos_time_t slot_starts_worst_offset(prtos_time_t *starts, int n, prtos_time_t major_frame_us);

#endif
