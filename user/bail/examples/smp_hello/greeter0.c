/*
 * smp_hello, P0 on processor 0: greets in three major frames, while P1 does the same
 * on processor 1 in slots at the same times; then waits for P1 to halt, checks what
 * the core says of it, and halts the system.
 */
#include <prtos.h>
#include <stdio.h>

#define GREETINGS 3
#define WAIT_FRAMES 50 /* P1 needs three frames: far more than enough */

static int p1_done(prtos_part_status_t *st)
{
	return prtos_get_partition_status(1, st) == PRTOS_OK && st->state == PRTOS_STATUS_HALTED;
}

void partition_main(void)
{
	prtos_part_status_t st;
	prtos_time_t now;
	int i;

	for (i = 0; i < GREETINGS; i++) {
		prtos_get_time(PRTOS_HW_CLOCK, &now);
		printf("[P0] Hello from processor 0 (greeting %d, at %llu us)\n", i + 1,
		       (unsigned long long)now);
		prtos_idle_self();
	}
	for (i = 0; i < WAIT_FRAMES && !p1_done(&st); i++)
		prtos_idle_self();
	printf("[P0] P1 %s after %llu us of its own time\n",
	       st.state == PRTOS_STATUS_HALTED ? "halted" : "still runs",
	       (unsigned long long)st.exec_clock);
	printf(st.state == PRTOS_STATUS_HALTED && st.exec_clock > 0 ? "[P0] Verification Passed\n"
								    : "[P0] Verification Failed\n");
	prtos_halt_system();
}
