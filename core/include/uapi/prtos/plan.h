/* Cyclic plan status (spec: api.md, Plans). */
#ifndef PRTOS_UAPI_PLAN_H
#define PRTOS_UAPI_PLAN_H

#include <prtos/types.h>

typedef struct {
	prtos_time_t
		switch_time; /* HW clock (us) of the frame boundary where current began; 0 at boot */
	prtos_s32_t next; /* plan that runs from the next major frame (== current if none asked) */
	prtos_s32_t current;
	prtos_s32_t prev; /* plan before current, -1 before the first switch */
} prtos_plan_status_t;

#endif
