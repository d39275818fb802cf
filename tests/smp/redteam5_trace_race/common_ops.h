/* redteam5_trace_race: the random read / seek / status mix both readers run. */
#ifndef COMMON_OPS_H
#define COMMON_OPS_H
#include "shared.h"

static prtos_u32_t cks_ok[3];
/* the longest call of each kind: read, status, seek, bad seek (each caller its own) */
static prtos_time_t max_call[5];
static prtos_s32_t max_call_arg[5][2];
static inline prtos_time_t now_t(void)
{
	prtos_time_t t;

	prtos_get_time(PRTOS_EXEC_CLOCK, &t); /* the caller's own running time */
	return t;
}
#define TIMED(k, a, b, call)                                   \
	do {                                                   \
		prtos_time_t t0_ = now_t(), d_;                \
		call;                                          \
		d_ = now_t() - t0_;                            \
		if (d_ > max_call[k]) {                        \
			max_call[k] = d_;                      \
			max_call_arg[k][0] = (prtos_s32_t)(a); \
			max_call_arg[k][1] = (prtos_s32_t)(b); \
		}                                              \
	} while (0)

static void read_ops(struct role *r, prtos_s32_t s, int who)
{
	prtos_trace_event_t ev;
	prtos_trace_status_t st;
	prtos_s32_t ret, off;
	prtos_u32_t whence, op = rnd() % 8, n;

	r->iters++;
	if (op < 4) {
		for (n = 0; n < 4; n++) {
			TIMED(0, n, 0, ret = prtos_trace_read(s, &ev));
			r->reads++;
			if (ret == 1)
				check_rec(r, &ev, &cks_ok[who]);
			else if (ret != 0) {
				r->rec_bad++;
				role_fail(r, BAD_RET, (prtos_u32_t)ret, 0);
			}
			if (ret != 1)
				break;
		}
	} else if (op < 7) {
		whence = rnd() % 3;
		TIMED(1, 0, 0, ret = prtos_trace_status(s, &st));
		if (ret != PRTOS_OK) {
			r->status_bad++;
			role_fail(r, BAD_STATUS, 0, 0);
			return;
		}
		if (st.max_events <= 0 || st.current_event < 0 ||
		    st.current_event > st.max_events) {
			r->status_bad++;
			role_fail(r, BAD_STATUS, (prtos_u32_t)st.current_event,
				  (prtos_u32_t)st.max_events);
		}
		off = (prtos_s32_t)(rnd() % (2 * (prtos_u32_t)st.max_events + 8)) - st.max_events -
		      4;
		if (whence == PRTOS_TRACE_SEEK_SET && (rnd() & 1))
			off = (prtos_s32_t)(rnd() % 4) + st.max_events - 2; /* around the end */
		if (whence == PRTOS_TRACE_SEEK_END && (rnd() & 1))
			off = -(prtos_s32_t)(rnd() % 3);
		TIMED(2, off, whence, ret = prtos_trace_seek(s, off, whence));
		r->seeks++;
		if (ret == PRTOS_OK)
			r->seek_ok++;
		else if (ret != PRTOS_INVALID_PARAM) {
			r->seek_bad++;
			role_fail(r, BAD_SEEK, (prtos_u32_t)ret, whence);
		}
		/* read right after the seek: must be a record of the stream or nothing */
		TIMED(4, off, whence, ret = prtos_trace_read(s, &ev));
		r->reads++;
		if (ret == 1)
			check_rec(r, &ev, &cks_ok[who]);
		else if (ret != 0) {
			r->rec_bad++;
			role_fail(r, BAD_RET, (prtos_u32_t)ret, 1);
		}
	} else {
		/* bad handles and pointers: refused */
		TIMED(3, 0x7FFFFFFF, 0,
		      ret = prtos_trace_seek(s, 0x7FFFFFFF, PRTOS_TRACE_SEEK_CUR));
		if (ret != PRTOS_INVALID_PARAM && ret != PRTOS_OK) {
			r->seek_bad++;
			role_fail(r, BAD_SEEK, (prtos_u32_t)ret, 9);
		}
		ret = prtos_trace_seek(s, (prtos_s32_t)0x80000000, PRTOS_TRACE_SEEK_CUR);
		if (ret != PRTOS_INVALID_PARAM && ret != PRTOS_OK) {
			r->seek_bad++;
			role_fail(r, BAD_SEEK, (prtos_u32_t)ret, 10);
		}
	}
}
#endif
