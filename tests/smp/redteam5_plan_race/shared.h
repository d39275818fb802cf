/* redteam5_plan_race: what each processor saw, frame by frame. */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>
#define NF 1024
struct seen {
	/* per processor: the plan its first slot of frame f told (1 + plan; 0 = not seen) */
	volatile prtos_u8_t plan[2][NF];
	volatile prtos_u32_t odd[2], odd_off[2], starts[2], late_max[2];
	volatile prtos_u32_t asks[2], ask_ok[2], ask_bad[2], maint_int3, maint_runs;
	volatile prtos_u32_t status_bad[2];
	/* per processor and frame: the first slot's start (HW clock, low 32 bits), the
	 * plan prtos_get_plan_status called current then, and its switch_time (low 32) */
	volatile prtos_u32_t at[2][NF];
	volatile prtos_u8_t cur[2][NF];
	volatile prtos_u32_t sw[2][NF];
};
#define SEEN ((struct seen *)0x06800000)
#endif
