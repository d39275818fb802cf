/*
 * cross_cpu_manage, P1 (normal, on processor 1): from its entry on, counts its turns
 * of a loop in the shared area, with no hypercall in between, so that only an
 * interrupt can stop it; once in CLOCK_EVERY turns it publishes its HW clock, and
 * the first reading after a pause longer than GAP_US (it was stopped, or its slot
 * ended). On the manager's command it halts itself.
 */
#include <prtos.h>
#include "shared.h"
#include "smp_report.h"

void partition_main(void)
{
	const partition_control_table_t *pct = prtos_get_pct0();
	struct shared *s = SHARED;
	prtos_time_t t;

	s->last_before_entry = s->last_time;
	s->reset_counter = pct->reset_counter;
	s->reset_status = pct->reset_status;
	s->entry_time = s->last_time = smp_now();
	s->count = 0;
	s->boots++;
	for (;;) {
		if (++s->count % CLOCK_EVERY == 0) {
			t = smp_now();
			if (t - s->last_time > GAP_US && !s->gap_end)
				s->gap_end = t; /* the first gap since the manager cleared it */
			s->last_time = t;
		}
		if (s->cmd == CMD_HALT_SELF) {
			s->cmd = 0;
			s->self_halt_time = s->last_time = smp_now();
			prtos_halt_partition(PRTOS_PARTITION_SELF);
		}
	}
}
