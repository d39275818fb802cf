/* plan_switch, P1 (normal): asking for a plan switch is refused and changes nothing. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_plan_status_t before, after;
	prtos_u32_t current = 99;
	prtos_s32_t r;

	prtos_get_plan_status(&before);
	r = prtos_switch_sched_plan(2, &current);
	prtos_get_plan_status(&after);
	if (r == PRTOS_PERM_ERROR && current == 99 && after.next == before.next)
		printf("[P1] switch refused for a normal partition, nothing changed\n");
	else
		printf("[P1] Verification Failed: switch returned %d\n", r);
	for (;;)
		prtos_idle_self();
}
