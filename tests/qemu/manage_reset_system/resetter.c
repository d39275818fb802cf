/* manage_reset_system, P0 (system): a bad mode is refused, a warm reset resets the machine. */
#include <prtos.h>
#include <stdio.h>

void partition_main(void)
{
	prtos_s32_t r;

	r = prtos_reset_system(2);
	printf("[P0] %s: reset_system(2) -> %d\n", r == PRTOS_INVALID_PARAM ? "ok" : "FAIL", r);
	r = prtos_reset_system(0xFFFFFFFF);
	printf("[P0] %s: reset_system(-1) -> %d\n", r == PRTOS_INVALID_PARAM ? "ok" : "FAIL", r);
	printf("[P0] resetting the system\n");
	r = prtos_reset_system(PRTOS_WARM_RESET);
	printf("[P0] FAIL: reset_system(WARM) returned %d\n", r);
	prtos_halt_system();
}
