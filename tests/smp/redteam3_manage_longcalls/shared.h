/* redteam3_manage_longcalls: the area every partition maps (reports only). */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>
#include "smp_report.h" /* crc32_buf() */
struct shared {
	/* victims, by processor (P3 on CPU0, P2 on CPU1) */
	volatile prtos_u32_t v_frames[2], v_max_late[2], v_max_gap[2], v_canary_bad[2];
	/* slot starts after a P1 slot in which P1's vCPU there was not ready: its processor
	 * idled into the boundary (QEMU's -icount may then take the timer late): not judged */
	volatile prtos_u32_t v_after_idle[2], v_after_idle_late[2], v_judged[2];
	/* the spacer P4 on CPU1 (2850-3000 us), after P1's vCPU 1: the same, judged when
	 * P1's vCPU 1 was ready */
	volatile prtos_u32_t s_frames, s_judged, s_max_late, s_after_idle, s_after_idle_late;
	/* hostile P1, by vCPU */
	volatile prtos_u32_t h_lives[2], h_copies[2], h_console[2], h_writes[2], h_busy[2];
	volatile prtos_u32_t h_traces[2], h_self_resets, h_vcpu_restarts, h_int3[2];
	volatile prtos_u32_t fails, first_fail, first_a, first_b;
	volatile prtos_u32_t m_seq; /* odd while the manager acts on P1 */
};
#define SHARED ((struct shared *)0x06800000)
#define FAIL_OLD_LIFE 1
#define FAIL_COPY_RET 2
#define FAIL_COPY_DATA 3
#define FAIL_WRITE_RET 4
#define FAIL_CONSOLE_RET 5
#define FAIL_TRACE_RET 6
#define FAIL_MGR_RET 7
#define FAIL_TORN 8
#define FAIL_HMLOG 9
#define FAIL_TRACELOG 10
#define FAIL_LATE 11
#define FAIL_GAP 12
#define FAIL_CANARY 13
#define FAIL_RESETS 14
#define FAIL_PORT 15
static inline void shared_fail(prtos_u32_t code, prtos_u32_t a, prtos_u32_t b)
{
	if (!SHARED->fails++) {
		SHARED->first_fail = code;
		SHARED->first_a = a;
		SHARED->first_b = b;
	}
}
#endif
