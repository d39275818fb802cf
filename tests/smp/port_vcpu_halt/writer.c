/*
 * port_vcpu_halt, P1 (writer, 2 vCPUs: vCPU 0 on processor 0, vCPU 1 on processor 1, in
 * the same slot). vCPU 0 writes 4 KiB sampling messages and sends 4 KiB queued ones
 * without pause: it is nearly always in the middle of a copy, holding one of the ports.
 * vCPU 1, 200 times: halts it, then at once writes and sends itself (an operation whose
 * vCPU was halted is over: neither port may be found busy, and no step of vCPU 0's copy
 * may land after the halt), then restarts it.
 */
#include <prtos.h>
#include "shared.h"

void start(void);
static struct msg out[2];

static void note_bad(prtos_s32_t r)
{
	SHARED->bad_ret++;
	SHARED->last_bad_ret = (prtos_u32_t)r;
}

static void v0_loop(prtos_s32_t sp, prtos_s32_t q)
{
	prtos_u32_t seq = 0;
	prtos_s32_t r;

	for (;;) {
		msg_fill(&out[0], 0, seq++);
		SHARED->v0_in_op = 1; /* from here to the send's end: mostly inside the core */
		r = prtos_write_sampling_message(sp, &out[0], MSG_BYTES);
		if (r != PRTOS_OK)
			note_bad(r); /* nobody else writes while vCPU 0 runs */
		r = prtos_send_queuing_message(q, &out[0], MSG_BYTES);
		if (r != PRTOS_OK && r != PRTOS_OP_NOT_ALLOWED) /* full at times */
			note_bad(r);
		SHARED->v0_in_op = 0;
		SHARED->v0_ops++;
	}
}

static void v1_round(prtos_s32_t sp, prtos_s32_t q, prtos_u32_t round)
{
	prtos_queuing_port_status_t st;
	prtos_u32_t ops = SHARED->v0_ops, lives, i;
	prtos_s32_t r;

	while (SHARED->v0_ops < ops + 2) /* vCPU 0 is at work */
		;
	while (!SHARED->v0_in_op) /* and now in its calls, */
		;
	for (i = 0; i < (round * 37) % 400; i++)     /* at another point of them each round (no */
		__asm__ volatile("" : : : "memory"); /* pause: it ends QEMU's turn) */
	r = prtos_halt_vcpu(0);
	if (r != PRTOS_OK)
		SHARED->halt_ret = (prtos_u32_t)r;
	msg_fill(&out[1], 1, round);
	r = prtos_write_sampling_message(sp, &out[1], MSG_BYTES);
	if (r == PRTOS_OP_NOT_ALLOWED)
		SHARED->busy_after_halt++;
	else if (r != PRTOS_OK)
		note_bad(r);
	else
		SHARED->s_written1++;
	if (prtos_get_queuing_port_status(q, &st) != PRTOS_OK)
		note_bad(-100);
	r = prtos_send_queuing_message(q, &out[1], MSG_BYTES);
	if (r == PRTOS_OP_NOT_ALLOWED && st.num_of_msgs < 4)
		SHARED->busy_after_halt++; /* not full: only a claim left by vCPU 0 */
	else if (r == PRTOS_OK)
		SHARED->q_sent1++;
	else if (r != PRTOS_OP_NOT_ALLOWED)
		note_bad(r);
	lives = SHARED->v0_lives;
	r = prtos_reset_vcpu(0, 0, (prtos_address_t)start, round);
	if (r != PRTOS_OK)
		SHARED->reset_ret = (prtos_u32_t)r;
	while (SHARED->v0_lives == lives) /* its new life */
		;
}

void partition_main(void)
{
	prtos_s32_t sp = prtos_create_sampling_port("SOut", MSG_BYTES, PRTOS_SOURCE_PORT, 0);
	prtos_s32_t q = prtos_create_queuing_port("QOut", 4, MSG_BYTES, PRTOS_SOURCE_PORT);
	prtos_u32_t round;

	if (sp < 0 || q < 0)
		note_bad(sp < 0 ? sp : q);
	if (prtos_get_vcpuid() == 0) {
		SHARED->v0_lives++;
		setup_vcpus(); /* only the first time: vCPU 1 runs after */
		v0_loop(sp, q);
	}
	for (round = 0; round < ROUNDS; round++) {
		v1_round(sp, q, round);
		SHARED->rounds++;
	}
	SHARED->done = 1;
	for (;;)
		prtos_idle_self();
}
