/*
 * attack_reset_storm, P0 (system): twice per frame, one pseudo-random operation
 * on the self-resetting victim (halt, suspend, resume, cold or warm reset, or
 * nothing), for 300 frames; then a resume and a warm reset with status 77, after
 * which the victim must run again: not halted, its status 77.
 */
#include <prtos.h>
#include <stdio.h>

#define VICTIM 1

static prtos_u32_t rng = 12345;

static prtos_u32_t next(void)
{
	rng = rng * 1103515245U + 12345U;
	return rng >> 16;
}

void partition_main(void)
{
	prtos_part_status_t st;
	int i, ops[6] = {0};

	for (i = 0; i < 600; i++) {
		switch (next() % 6) {
		case 0:
			prtos_halt_partition(VICTIM);
			ops[0]++;
			break;
		case 1:
			prtos_suspend_partition(VICTIM);
			ops[1]++;
			break;
		case 2:
			prtos_resume_partition(VICTIM);
			ops[2]++;
			break;
		case 3:
			prtos_reset_partition(VICTIM, PRTOS_COLD_RESET, 2);
			ops[3]++;
			break;
		case 4:
			prtos_reset_partition(VICTIM, PRTOS_WARM_RESET, 3);
			ops[4]++;
			break;
		default:
			ops[5]++;
			break;
		}
		prtos_idle_self();
	}
	printf("[Orchestrator] %d halts, %d suspends, %d resumes, %d cold and %d warm resets\n",
	       ops[0], ops[1], ops[2], ops[3], ops[4]);
	prtos_resume_partition(VICTIM);
	i = prtos_reset_partition(VICTIM, PRTOS_WARM_RESET, 77);
	printf("[Orchestrator] final reset: %d\n", i);
	for (i = 0; i < 20; i++)
		prtos_idle_self();
	if (prtos_get_partition_status(VICTIM, &st) == PRTOS_OK &&
	    st.state != PRTOS_STATUS_HALTED && st.reset_status == 77)
		printf("[Orchestrator] victim state %u, status %u, %u resets: recovered\n",
		       st.state, st.reset_status, st.reset_counter);
	else
		printf("[Orchestrator] FAIL: victim state %u, status %u\n", st.state,
		       st.reset_status);
	for (;;)
		prtos_idle_self();
}
