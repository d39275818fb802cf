/*
 * redteam3_hm_both_vcpus, P0 (system, CPU0 at 0-1000 us of each 4 ms frame, while P1's
 * vCPU 1 raises HM events on CPU1): reads the HM log until drained, again and again, checks
 * every record (signature, CRC, sequence numbers one apart, P1's, vCPU 0 or 1, an event of
 * its table) and the log's status, resumes P1 when suspended and resets it when halted.
 * At the end compares the records with the events P1 counted, and judges the victims.
 */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"
#include "smp_report.h"

#define S SHARED
#define FRAMES 300
#define BOUND_US 160
#define FRAME_US 4000

static prtos_u32_t n_rec, last_seq, gaps, crc_bad, n_resumes, n_resets, per_ev[32][2];
static prtos_u32_t status_bad;

static int in_table(prtos_u32_t ev)
{
	return ev == PRTOS_HM_EV_X86_BREAKPOINT || ev == PRTOS_HM_EV_X86_OVERFLOW ||
	       ev == PRTOS_HM_EV_X86_DIVIDE_ERROR || ev == PRTOS_HM_EV_X86_INVALID_OPCODE ||
	       ev == PRTOS_HM_EV_X86_PAGE_FAULT || ev == PRTOS_HM_EV_X86_GENERAL_PROTECTION ||
	       ev == PRTOS_HM_EV_X86_BOUND_RANGE_EXCEEDED;
}

static void read_log(void)
{
	prtos_hm_log_t log;
	prtos_hm_status_t st;
	prtos_u16_t ck;
	prtos_u32_t seq, ev, part, vcpu;
	prtos_s32_t r;

	while ((r = prtos_hm_read(&log)) == 1) {
		n_rec++;
		ck = log.checksum;
		log.checksum = 0;
		if ((prtos_u16_t)crc32_buf(&log, sizeof(log)) != ck)
			crc_bad++;
		seq = log.op_code_hi >> HMLOG_OPCODE_SEQ_BIT;
		ev = (log.op_code_lo & HMLOG_OPCODE_EVENT_MASK) >> HMLOG_OPCODE_EVENT_BIT;
		part = log.op_code_lo & HMLOG_OPCODE_PARTID_MASK;
		vcpu = (log.op_code_lo & HMLOG_OPCODE_VCPUID_MASK) >> HMLOG_OPCODE_VCPUID_BIT;
		if (log.signature != PRTOS_HMLOG_SIGNATURE || (n_rec > 1 && seq <= last_seq) ||
		    part != 1 || vcpu > 1 || !in_table(ev) ||
		    (log.op_code_hi & HMLOG_OPCODE_SYS_MASK))
			shared_fail(FAIL_HMLOG, seq, log.op_code_lo);
		if (n_rec > 1 && seq > last_seq + 1)
			gaps += seq - last_seq - 1;
		last_seq = seq;
		if (ev < 32 && vcpu < 2)
			per_ev[ev][vcpu]++;
	}
	if (r != 0)
		shared_fail(FAIL_MGR_RET, 1, (prtos_u32_t)r);
	if (prtos_hm_status(&st) != PRTOS_OK)
		shared_fail(FAIL_MGR_RET, 2, 0);
	if (st.max_events <= 0 || st.current_event < 0 || st.current_event > st.max_events ||
	    st.num_of_events < (prtos_s32_t)last_seq) {
		status_bad++;
		shared_fail(FAIL_HMSTATUS, (prtos_u32_t)st.num_of_events,
			    (prtos_u32_t)st.current_event);
	}
}

static void manage(void)
{
	prtos_part_status_t ps;

	if (prtos_get_partition_status(1, &ps) != PRTOS_OK) {
		shared_fail(FAIL_MGR_RET, 3, 0);
		return;
	}
	if (ps.state == PRTOS_STATUS_SUSPENDED) {
		if (prtos_resume_partition(1) == PRTOS_OK)
			n_resumes++;
	} else if (ps.state == PRTOS_STATUS_HALTED) {
		if (prtos_reset_partition(1, PRTOS_WARM_RESET, 0x77) != PRTOS_OK)
			shared_fail(FAIL_MGR_RET, 4, 0);
		n_resets++;
	}
}

/* logged events of one kind within [attempts - slack, attempts]; handler runs alike */
static void compare(const char *name, prtos_u32_t ev, volatile prtos_u32_t *att,
		    volatile prtos_u32_t *handled, prtos_u32_t slack)
{
	prtos_u32_t v;

	for (v = 0; v < 2; v++) {
		printf("[P0] %s vCPU %u: %u raised, %u logged", name, v, att[v], per_ev[ev][v]);
		if (handled)
			printf(", %u handled", handled[v]);
		printf("\n");
		if (per_ev[ev][v] > att[v] || per_ev[ev][v] + slack < att[v])
			shared_fail(FAIL_COUNTS, ev, v);
		if (handled && (handled[v] > per_ev[ev][v] || handled[v] + slack < per_ev[ev][v]))
			shared_fail(FAIL_HANDLER, ev, v);
	}
}

void partition_main(void)
{
	prtos_u32_t f, c, slack;
	prtos_time_t slot;
	prtos_part_status_t ps;

	for (f = 1; f <= FRAMES; f++) {
		prtos_idle_self();
		slot = smp_now();
		while (smp_now() - slot < 900) {
			read_log();
			manage();
		}
		if (f % 100 == 0)
			printf("[P0] frame %u: records %u gaps %u crc bad %u | P1 lives %u/%u iter "
			       "%u/%u | resumes %u resets %u | victims %u/%u fails %u\n",
			       f, n_rec, gaps, crc_bad, S->h_lives[0], S->h_lives[1], S->h_iter[0],
			       S->h_iter[1], n_resumes, n_resets, S->v_frames[0], S->v_frames[1],
			       S->fails);
	}
	prtos_suspend_partition(1);
	read_log();
	prtos_get_partition_status(1, &ps);
	/* an event counted but cut off by a reset, halt or suspension of its partition */
	slack = 2 * (ps.reset_counter + n_resumes + 2) + gaps;
	compare("int3", PRTOS_HM_EV_X86_BREAKPOINT, S->h_int3, 0, slack);
	compare("divide", PRTOS_HM_EV_X86_DIVIDE_ERROR, S->h_div, S->h_div_h, slack);
	compare("cli", PRTOS_HM_EV_X86_GENERAL_PROTECTION, S->h_gp, S->h_gp_h, slack);
	compare("ud2", PRTOS_HM_EV_X86_INVALID_OPCODE, S->h_ud, 0, slack);
	compare("write to 0", PRTOS_HM_EV_X86_PAGE_FAULT, S->h_pf, 0, slack);
	compare("into", PRTOS_HM_EV_X86_OVERFLOW, S->h_into, 0, slack);
	compare("bound", PRTOS_HM_EV_X86_BOUND_RANGE_EXCEEDED, S->h_ac, 0, slack);
	printf("[P0] HM log: %u records, crc bad %u, seq gaps %u, status bad %u | P1 "
	       "reset_counter %u (manager %u), suspensions back %u/%u\n",
	       n_rec, crc_bad, gaps, status_bad, ps.reset_counter, n_resets, S->h_susp_back[0],
	       S->h_susp_back[1]);
	if (crc_bad)
		shared_fail(FAIL_HMLOG, crc_bad, n_rec);
	c = per_ev[PRTOS_HM_EV_X86_INVALID_OPCODE][0] + per_ev[PRTOS_HM_EV_X86_INVALID_OPCODE][1] +
	    per_ev[PRTOS_HM_EV_X86_PAGE_FAULT][0] + per_ev[PRTOS_HM_EV_X86_PAGE_FAULT][1];
	if (ps.reset_counter > c + n_resets || ps.reset_counter < n_resets + c / 2)
		shared_fail(FAIL_COUNTS, ps.reset_counter, c + n_resets);
	for (c = 0; c < 2; c++) {
		printf("[P0] victim on CPU%u: %u slots, %u judged: max lateness %u us, max gap %u "
		       "us; %u after P1 idled (max lateness %u us); canary bad %u\n",
		       c, S->v_frames[c], S->v_judged[c], S->v_max_late[c], S->v_max_gap[c],
		       S->v_after_idle[c], S->v_after_idle_late[c], S->v_canary_bad[c]);
		/* CPU1's slot starts are reported only: CPU1 idles whenever P1 is halted or
		 * suspended, and QEMU's -icount then takes its timer late (see
		 * redteam3_manage_longcalls) */
		if (c == 0 && S->v_max_late[c] > BOUND_US)
			shared_fail(FAIL_LATE, c, S->v_max_late[c]);
		if (c == 0 && S->v_max_gap[c] > FRAME_US + BOUND_US)
			shared_fail(FAIL_GAP, c, S->v_max_gap[c]);
		if (S->v_canary_bad[c] || (c == 0 && S->v_frames[c] < FRAMES - 2))
			shared_fail(FAIL_CANARY, c, S->v_canary_bad[c]);
	}
	if (S->fails)
		printf("[P0] FAIL: %u failures, first code %u (0x%x, 0x%x)\n", S->fails,
		       S->first_fail, S->first_a, S->first_b);
	printf("[P0] %s\n", S->fails ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
