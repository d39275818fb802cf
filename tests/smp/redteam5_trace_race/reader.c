/*
 * redteam5_trace_race, P0 (system, CPU0 1400-1900 us): reads, seeks and queries P1's
 * stream while P1's vCPU 1 writes and seeks it on CPU1; after FRAMES frames it stops
 * everyone, drains the stream once more and reports every role's counts.
 */
#include <prtos.h>
#include <stdio.h>
#include "smp_report.h"
#include "common_ops.h"

#define FRAMES 150
#ifndef WINDOW_US
#define WINDOW_US 120
#endif

void partition_main(void)
{
	struct role *r = &SHARED->r[2];
	prtos_s32_t s = prtos_trace_open(1);
	prtos_trace_status_t st;
	prtos_time_t t;
	prtos_plan_status_t ps;
	prtos_time_t e1, e2, max_exec = 0, t1, t2, max_op = 0, idle_at, max_idle_at = 0, prev = 0,
			     late, max_late = 0;
	prtos_u32_t skipped = 0, f, i, bad = 0, last_seq = 0, seq, order_bad = 0, n = 0;
	prtos_trace_event_t ev;

	prtos_get_plan_status(&ps);
	printf("[P0] stream handle %d\n", s);
	for (f = 0; f < FRAMES; f++) {
		prtos_idle_self();
		t = smp_now();
		late = (t - ps.switch_time) % 2000 - 1400;
		if (late > max_late)
			max_late = late;
		if (prev && t - prev > 2000 + 1000 && skipped < 5)
			printf("[P0] slot skipped: back from idle_self at %lld, %lld us after the "
			       "last, which went idle %lld us into its slot\n",
			       t, t - prev, idle_at);
		if (prev && t - prev > 2000 + 1000)
			skipped += (prtos_u32_t)((t - prev + 1000) / 2000 - 1);
		prev = t;
		while ((t1 = smp_now()) - t < WINDOW_US) {
			prtos_get_time(PRTOS_EXEC_CLOCK, &e1);
			read_ops(r, s, 2);
			prtos_get_time(PRTOS_EXEC_CLOCK, &e2);
			if (e2 - e1 > max_exec)
				max_exec = e2 - e1;
			t2 = smp_now();
			if (t2 - t1 > max_op)
				max_op = t2 - t1;
		}
		idle_at = smp_now() - t;
		if (idle_at > max_idle_at)
			max_idle_at = idle_at;
		if (f % 50 == 49)
			printf("[P0] frame %u: reader %u records, tracer %u/%u writes, %u/%u "
			       "records\n",
			       f + 1, r->recs, SHARED->r[0].writes, SHARED->r[1].writes,
			       SHARED->r[0].recs, SHARED->r[1].recs);
	}
	printf("[P0] stopping: my slots: %u skipped, latest return from idle_self %lld us "
	       "after the slot start; longest op %lld us (%lld us of my own EXEC clock), latest "
	       "idle call %lld us into the slot\n",
	       skipped, max_late, max_op, max_exec, max_idle_at);
	SHARED->stop = 1;
	prtos_idle_self();
	prtos_idle_self();
	/* the whole ring, in order: sequence numbers must rise one by one */
	prtos_trace_seek(s, 0, PRTOS_TRACE_SEEK_SET);
	while (prtos_trace_read(s, &ev) == 1) {
		check_rec(r, &ev, &cks_ok[2]);
		seq = (ev.op_code_hi & TRACE_OPCODE_SEQ_MASK) >> TRACE_OPCODE_SEQ_BIT;
		if (n && seq != last_seq + 1)
			order_bad++;
		last_seq = seq;
		n++;
	}
	prtos_trace_status(s, &st);
	printf("[P0] final ring: %u records in order check, %u out of order; status %d events, "
	       "max %d, current %d\n",
	       n, order_bad, st.num_of_events, st.max_events, st.current_event);
	for (i = 0; i < 3; i++) {
		r = &SHARED->r[i];
		printf("[P0] role %u: %u writes (%u bad), %u reads, %u records (%u bad, %u "
		       "checksums ok), %u seeks (%u ok, %u bad), status bad %u; first fail %u "
		       "(0x%x, "
		       "0x%x)\n",
		       i, r->writes, r->write_bad, r->reads, r->recs, r->rec_bad,
		       i == 2 ? cks_ok[2] : 0, r->seeks, r->seek_ok, r->seek_bad, r->status_bad,
		       r->first_code, r->first_a, r->first_b);
		bad += r->write_bad + r->rec_bad + r->seek_bad + r->status_bad;
	}
	bad += order_bad;
	for (i = 0; i < 5; i++)
		printf("[P0] longest call of kind %u: %lld us of EXEC clock (args %d, %d)\n", i,
		       max_call[i], max_call_arg[i][0], max_call_arg[i][1]);
	printf("[P0] trace race: %s\n", bad ? "FAIL" : "held");
	for (;;)
		prtos_idle_self();
}
