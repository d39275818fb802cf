/* redteam5_trace_race: what every role counts, in the shared area. */
#ifndef SHARED_H
#define SHARED_H
#include <prtos.h>
#include "smp_report.h" /* crc32_buf() */
struct role {
	volatile prtos_u32_t writes, write_bad, reads, recs, rec_bad, seeks, seek_ok, seek_bad;
	volatile prtos_u32_t status_bad, order_bad, first_code, first_a, first_b, iters;
};
struct shared {
	struct role r[3]; /* 0, 1: the tracer's vCPUs; 2: the system reader */
	volatile prtos_u32_t stop;
};
#define SHARED ((struct shared *)0x06800000)
#define PAY_MAGIC 0x7A11C0DEU
#define BAD_SIG 1
#define BAD_PART 2
#define BAD_PAYLOAD 3
#define BAD_RET 4
#define BAD_STATUS 5
#define BAD_SEEK 6
#define BAD_WRITE 7
#define BAD_CKSUM 8

static inline void role_fail(struct role *r, prtos_u32_t code, prtos_u32_t a, prtos_u32_t b)
{
	if (!r->first_code) {
		r->first_code = code;
		r->first_a = a;
		r->first_b = b;
	}
}

static prtos_u32_t rnd_state = 12345;
static inline prtos_u32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245U + 12345U;
	return rnd_state >> 8;
}

/* Checks one record read from partition 1's stream: sealed, P1's, payload consistent. */
static inline int check_rec(struct role *r, prtos_trace_event_t *ev, prtos_u32_t *cks_ok)
{
	prtos_u16_t ck = ev->checksum;
	prtos_u32_t p0 = ev->payload[0];

	r->recs++;
	if (ev->signature != PRTOS_TRACE_SIGNATURE) {
		r->rec_bad++;
		role_fail(r, BAD_SIG, ev->signature, ev->op_code_hi);
		return 0;
	}
	if ((ev->op_code_lo & TRACE_OPCODE_PARTID_MASK) != 1) {
		r->rec_bad++;
		role_fail(r, BAD_PART, ev->op_code_lo, p0);
		return 0;
	}
	if (ev->payload[1] != (p0 ^ PAY_MAGIC) || ev->payload[2] != p0 * 2654435761U) {
		r->rec_bad++;
		role_fail(r, BAD_PAYLOAD, p0, ev->payload[1]);
		return 0;
	}
	ev->checksum = 0;
	if ((prtos_u16_t)crc32_buf(ev, sizeof(*ev)) == ck)
		(*cks_ok)++;
	ev->checksum = ck;
	return 1;
}
#endif
