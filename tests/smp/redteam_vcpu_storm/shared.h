/* redteam_vcpu_storm: the area the hostile P1, the manager P0 and the victim P2 share. */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>
struct shared {
	volatile prtos_u32_t lives[2], ctr[2];
	volatile prtos_u32_t fails, first_fail, first_fail_val, first_fail_val2;
	volatile prtos_u32_t rounds, rapid, self_resets, self_suspends, v0_copies, v0_pokes;
	volatile prtos_u32_t p0_actions, p2_frames;
	volatile prtos_u32_t p2_max_late, p2_max_late_frame, p2_max_gap, p2_max_gap_at;
	/* odd while the manager acts on P1: a check it may have upset is not counted */
	volatile prtos_u32_t p0_seq, excused;
};
#define SHARED ((struct shared *)0x06800000)
#define FAIL_OLD_LIFE0 1
#define FAIL_OLD_LIFE1 2
#define FAIL_BADID 3
#define FAIL_BADENTRY 4
#define FAIL_EDGE 5
#define FAIL_RAN_SUSPENDED 6
#define FAIL_RAN_HALTED 7
#define FAIL_NO_RESTART 8
#define FAIL_STATE 9
#define FAIL_RET 10
#define FAIL_COPY 11
#define FAIL_P2_LATE 12
#define FAIL_P2_GAP 13
static inline void shared_fail(prtos_u32_t code, prtos_u32_t a, prtos_u32_t b)
{
	if (!SHARED->fails++) {
		SHARED->first_fail = code;
		SHARED->first_fail_val = a;
		SHARED->first_fail_val2 = b;
	}
}
#endif
