/* hcall_pointers, P0 (system): hands every pointer-taking hypercall (plan, HM, time,
 * trace, memory copy) pointers into
 * the hypervisor, P1's memory, unmapped memory, its own read-only area, the
 * control table, NULL and ranges that wrap. Each call must return
 * PRTOS_INVALID_PARAM and change nothing (plan request, HM log cursor). */
#include <prtos.h>
#include <stdio.h>

#define READ_ONLY_AREA 0x06300000
static const prtos_address_t bad[] = {
	0x01000000,	/* hypervisor */
	0x013FFFF8,	/* hypervisor, last bytes */
	0x06100000,	/* P1's area */
	0x20000000,	/* unmapped */
	READ_ONLY_AREA, /* own read-only area (outputs only) */
	0xFFC00000,	/* control table (read-only) */
	0,		/* NULL */
	0xFFFFFFF8,	/* wraps past 4 GiB */
	0x060FFFFE,	/* runs past the end of its own area */
};
#define NBAD (sizeof(bad) / sizeof(bad[0]))

static int failures, refused;

/* Counts the call as refused only when it returned PRTOS_INVALID_PARAM. */
static void expect_invalid(prtos_s32_t r, const char *call, prtos_address_t p)
{
	if (r == PRTOS_INVALID_PARAM) {
		refused++;
	} else {
		printf("[P0] FAIL: %s(0x%x) returned %d\n", call, p, r);
		failures++;
	}
}

void partition_main(void)
{
	prtos_plan_status_t before, after;
	prtos_hm_status_t hs0, hs1;
	prtos_hm_log_t log;
	prtos_trace_status_t ts;
	prtos_u32_t i;

	__asm__ volatile("int3"); /* one HM record (ignored by the XML) to read */
	prtos_get_plan_status(&before);
	prtos_hm_status(&hs0);
	for (i = 0; i < NBAD; i++) {
		expect_invalid(prtos_get_plan_status((prtos_plan_status_t *)bad[i]),
			       "get_plan_status", bad[i]);
		expect_invalid(prtos_switch_sched_plan(1, (prtos_u32_t *)bad[i]),
			       "switch_sched_plan", bad[i]);
		expect_invalid(prtos_hm_read((prtos_hm_log_t *)bad[i]), "hm_read", bad[i]);
		expect_invalid(prtos_hm_status((prtos_hm_status_t *)bad[i]), "hm_status", bad[i]);
		expect_invalid(prtos_get_time(PRTOS_HW_CLOCK, (prtos_time_t *)bad[i]), "get_time",
			       bad[i]);
	}
	for (i = 0; i < NBAD; i++) {
		if (bad[i] != READ_ONLY_AREA) /* readable: a valid input */
			expect_invalid(prtos_trace_event(1, (prtos_trace_event_t *)bad[i]),
				       "trace_event", bad[i]);
		expect_invalid(prtos_trace_read(0, (prtos_trace_event_t *)bad[i]), "trace_read",
			       bad[i]);
		expect_invalid(prtos_trace_status(0, (prtos_trace_status_t *)bad[i]),
			       "trace_status", bad[i]);
		/* memory_copy: bad source (into a good buffer), bad destination (from one) */
		if (bad[i] != READ_ONLY_AREA)
			expect_invalid(prtos_memory_copy(0, (prtos_u32_t)&log, 0, bad[i], 8),
				       "memory_copy src", bad[i]);
		if (bad[i] !=
		    0x06100000) /* P1's area is a valid destination for a system partition */
			expect_invalid(prtos_memory_copy(0, bad[i], 0, (prtos_u32_t)&log, 8),
				       "memory_copy dst", bad[i]);
	}
	expect_invalid(prtos_memory_copy(0, (prtos_u32_t)&log, 1, 0x06100000, 0x7FFFFFFF),
		       "memory_copy huge", 0x06100000);
	expect_invalid(prtos_set_trap_entry(0x01000000), "set_trap_entry", 0x01000000);
	expect_invalid(prtos_set_trap_entry(0x06100000), "set_trap_entry", 0x06100000);
	prtos_get_plan_status(&after);
	prtos_hm_status(&hs1);
	if (after.next != before.next || hs1.current_event != hs0.current_event) {
		printf("[P0] FAIL: a refused call changed state\n");
		failures++;
	}
	if (prtos_trace_status(0, &ts) != PRTOS_OK || ts.num_of_events != 0) {
		printf("[P0] FAIL: a refused trace event was recorded\n");
		failures++;
	}
	if (prtos_hm_read(&log) != 1 || prtos_hm_read(&log) != 0) {
		printf("[P0] FAIL: the HM record was not there to read\n");
		failures++;
	}
	printf("[P0] %d calls with bad pointers refused\n", refused);
	prtos_idle_self();
	prtos_idle_self(); /* P1 checks its memory once more */
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
