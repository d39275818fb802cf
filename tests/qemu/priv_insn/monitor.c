/* priv_insn (P4): runs after the others have faulted, several frames later. */
#include <prtos.h>
#include <stdio.h>

#define ROUNDS 5

void partition_main(void)
{
	prtos_time_t before, after;
	int i, ok = 1;

	for (i = 0; i < ROUNDS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &before);
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &after);
		if (after <= before) {
			printf("[P4] FAIL: clock did not advance (%lld -> %lld)\n", before, after);
			ok = 0;
		}
	}
	printf("[P4] %s\n", ok ? "Verification Passed" : "Verification Failed");
	prtos_halt_system();
}
