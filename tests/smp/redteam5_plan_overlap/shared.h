/* redteam5_plan_overlap: A's and B's heartbeats and what each saw of the other. */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>
struct mutex_area {
	volatile prtos_u32_t beat[3];	  /* by partition id: bumped without pause while on */
	volatile prtos_u32_t overlaps[3]; /* windows in which the other one's beat moved */
	volatile prtos_u32_t windows[3];
	volatile prtos_u32_t first_at[3], last_at[3];
};
#define MX ((struct mutex_area *)0x06800000)
#endif
