/*
 * redteam5_trace_race, P1 (normal, 2 vCPUs). vCPU 0 (CPU0) writes trace events without
 * pause (payload n, n ^ MAGIC, n * K: a torn record shows); vCPU 1 (CPU1) writes too and
 * reads, seeks (SET/CUR/END, offsets around and past both ends, overflowing ones) and
 * queries its own stream, checking every record. P0 does the same from CPU0.
 */
#include <prtos.h>
#include "smp_report.h"
#include "common_ops.h"

#ifndef TRACER_MODE
#define TRACER_MODE \
	0 /* 1: vCPU 1 only writes; 2: vCPU 1 only reads and seeks;
			* 3: vCPU 1 spins; 4: vCPU 1 calls prtos_get_time without pause */
#endif

static void write_one(struct role *r, prtos_u32_t v)
{
	prtos_trace_event_t ev;
	prtos_u32_t n = (v << 28) | (r->writes & 0x0FFFFFFF);
	prtos_s32_t ret;

	ev.op_code_hi = 0;
	ev.op_code_lo = (5 + v) << TRACE_OPCODE_CODE_BIT;
	ev.payload[0] = n;
	ev.payload[1] = n ^ PAY_MAGIC;
	ev.payload[2] = n * 2654435761U;
	ret = prtos_trace_event(1, &ev);
	r->writes++;
	if (ret != PRTOS_OK) {
		r->write_bad++;
		role_fail(r, BAD_WRITE, (prtos_u32_t)ret, v);
	}
}

void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1;
	struct role *r = &SHARED->r[v];
	prtos_s32_t s;

	if (v == 0)
		setup_vcpus();
	rnd_state = 777 + v;
	s = prtos_trace_open(1);
	for (;;) {
		if (SHARED->stop) {
			prtos_idle_self();
			continue;
		}
		if (v == 0) {
			write_one(r, v);
			if ((rnd() & 15) == 0)
				read_ops(r, s, v);
		} else {
#if TRACER_MODE == 1
			write_one(r, v); /* vCPU 1 writes without pause */
#elif TRACER_MODE == 2
			read_ops(r, s, v); /* vCPU 1 never writes */
#elif TRACER_MODE == 3
			__asm__ volatile("" ::: "memory"); /* vCPU 1 leaves the stream alone */
#elif TRACER_MODE == 4
			{ /* vCPU 1 makes another hypercall without pause */
				prtos_time_t t;

				prtos_get_time(PRTOS_HW_CLOCK, &t);
			}
#else
			if (rnd() & 1)
				write_one(r, v);
			else
				read_ops(r, s, v);
#endif
		}
	}
}
