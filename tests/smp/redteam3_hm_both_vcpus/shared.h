/* redteam3_hm_both_vcpus: the area every partition maps (reports only). */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>
#include "smp_report.h" /* crc32_buf() */
struct shared {
	/* victims, by processor (P3 on CPU0, P2 on CPU1) */
	volatile prtos_u32_t v_frames[2], v_max_late[2], v_max_gap[2], v_canary_bad[2];
	volatile prtos_u32_t v_after_idle[2], v_after_idle_late[2], v_judged[2];
	/* hostile P1, by vCPU: attempts (counted before the instruction) and handler runs */
	volatile prtos_u32_t h_lives[2], h_iter[2], h_int3[2], h_into[2], h_into_h[2];
	volatile prtos_u32_t h_div[2], h_div_h[2], h_ud[2], h_pf[2], h_gp[2], h_ac[2];
	volatile prtos_u32_t h_gp_h[2], h_susp_back[2], h_round[2];
	volatile prtos_u32_t fails, first_fail, first_a, first_b;
};
#define SHARED ((struct shared *)0x06800000)
#define FAIL_OLD_LIFE 1
#define FAIL_AFTER_FATAL 2
#define FAIL_HMLOG 3
#define FAIL_HMSTATUS 4
#define FAIL_MGR_RET 5
#define FAIL_COUNTS 6
#define FAIL_LATE 11
#define FAIL_GAP 12
#define FAIL_CANARY 13
#define FAIL_HANDLER 14
static inline void shared_fail(prtos_u32_t code, prtos_u32_t a, prtos_u32_t b)
{
	if (!SHARED->fails++) {
		SHARED->first_fail = code;
		SHARED->first_a = a;
		SHARED->first_b = b;
	}
}
#endif
