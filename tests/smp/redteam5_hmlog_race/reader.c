/*
 * redteam5_hmlog_race, P0 (system, vCPU 0 on CPU0 at 0-700 us, vCPU 1 on CPU1 at 300-950
 * us): both vCPUs read, seek (SET/CUR/END, offsets around and past both ends, overflowing)
 * and query the HM log at once, one read position between them, while P1 fills it. Every
 * record read must be sealed (signature, CRC), P1's, vCPU 0 or 1, int3 or into; every
 * call returns what it may; the status stays in range.
 */
#include <prtos.h>
#include <stdio.h>
#include "smp_report.h"

#define SH ((volatile prtos_u32_t *)0x06800000)
#define FRAMES 300
static volatile prtos_u32_t recs[2], bad_rec[2], bad_ret[2], seeks[2], seek_ok[2], st_bad[2];
static volatile prtos_u32_t first_bad[2][3], done[2];

static void bad(prtos_u32_t v, prtos_u32_t code, prtos_u32_t a, prtos_u32_t b)
{
	if (!first_bad[v][0]) {
		first_bad[v][0] = code;
		first_bad[v][1] = a;
		first_bad[v][2] = b;
	}
}

static void check(prtos_u32_t v, prtos_hm_log_t *log)
{
	prtos_u16_t ck = log->checksum;
	prtos_u32_t ev = (log->op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT;
	prtos_u32_t part = log->op_code_lo & HMLOG_OPCODE_PARTID_MASK;
	prtos_u32_t vc = (log->op_code_lo & HMLOG_OPCODE_VCPUID_MASK) >> HMLOG_OPCODE_VCPUID_BIT;

	recs[v]++;
	log->checksum = 0;
	if (log->signature != PRTOS_HMLOG_SIGNATURE ||
	    (prtos_u16_t)crc32_buf(log, sizeof(*log)) != ck || part != 1 || vc > 1 ||
	    (ev != PRTOS_HM_EV_X86_BREAKPOINT && ev != PRTOS_HM_EV_X86_OVERFLOW)) {
		bad_rec[v]++;
		bad(v, 1, log->signature, log->op_code_lo);
	}
}

static prtos_u32_t rs[2] = {1, 2};
static prtos_u32_t rnd(prtos_u32_t v)
{
	rs[v] = rs[v] * 1103515245U + 12345U;
	return rs[v] >> 8;
}

static void ops(prtos_u32_t v)
{
	prtos_hm_log_t log;
	prtos_hm_status_t st;
	prtos_s32_t r, off;
	prtos_u32_t op = rnd(v) % 6, wh;

	if (op < 3) {
		r = prtos_hm_read(&log);
		if (r == 1)
			check(v, &log);
		else if (r != 0) {
			bad_ret[v]++;
			bad(v, 2, (prtos_u32_t)r, 0);
		}
		return;
	}
	if (prtos_hm_status(&st) != PRTOS_OK || st.max_events <= 0 || st.current_event < 0 ||
	    st.current_event > st.max_events) {
		st_bad[v]++;
		bad(v, 3, (prtos_u32_t)st.current_event, (prtos_u32_t)st.max_events);
		return;
	}
	wh = rnd(v) % 3;
	off = (prtos_s32_t)(rnd(v) % (2 * (prtos_u32_t)st.max_events + 6)) - st.max_events - 3;
	if (op == 5)
		off = (rnd(v) & 1) ? 0x7FFFFFFF : (prtos_s32_t)0x80000001;
	r = prtos_hm_seek(off, wh);
	seeks[v]++;
	if (r == PRTOS_OK)
		seek_ok[v]++;
	else if (r != PRTOS_INVALID_PARAM) {
		bad_ret[v]++;
		bad(v, 4, (prtos_u32_t)r, wh);
	}
	r = prtos_hm_read(&log);
	if (r == 1)
		check(v, &log);
	else if (r != 0) {
		bad_ret[v]++;
		bad(v, 5, (prtos_u32_t)r, 0);
	}
}

void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1, f, i, fails;
	prtos_time_t t, s;
	prtos_hm_status_t st;

	if (v == 0)
		setup_vcpus();
	for (f = 0; f < FRAMES; f++) {
		prtos_idle_self();
		s = smp_now();
		do {
			ops(v);
			t = smp_now();
		} while (t - s < 300);
	}
	done[v] = 1;
	if (v == 1)
		for (;;)
			prtos_idle_self();
	while (!done[1])
		prtos_idle_self();
	prtos_hm_status(&st);
	fails = 0;
	for (i = 0; i < 2; i++) {
		printf("[P0] vCPU %u: %u records (%u bad), %u seeks (%u ok), %u wrong returns, %u "
		       "bad statuses; first %u (0x%x, 0x%x)\n",
		       i, recs[i], bad_rec[i], seeks[i], seek_ok[i], bad_ret[i], st_bad[i],
		       first_bad[i][0], first_bad[i][1], first_bad[i][2]);
		fails += bad_rec[i] + bad_ret[i] + st_bad[i];
	}
	printf("[P0] P1 raised %u/%u; log: %d events, max %d, current %d\n", SH[0], SH[1],
	       st.num_of_events, st.max_events, st.current_event);
	printf("[P0] hm log race: %s\n", fails ? "FAIL" : "held");
	for (;;)
		prtos_idle_self();
}
