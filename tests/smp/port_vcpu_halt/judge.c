/*
 * port_vcpu_halt, P0 (system, processor 0, after the writer's slot): reads the sampling
 * port and drains the queue every frame, checking each message is whole; once the
 * writer's vCPU 1 is done, judges: no port found busy after a halt, every message whole,
 * every return code sane, every round run and vCPU 0 restarted each time.
 */
#include <prtos.h>
#include <stdio.h>
#include "shared.h"

static struct msg in;
static prtos_u32_t reads, received, torn, bad, from1;

static void take(prtos_s32_t sp, prtos_s32_t q)
{
	prtos_u32_t flags;
	prtos_s32_t r = prtos_read_sampling_message(sp, &in, MSG_BYTES, &flags);

	if (r == MSG_BYTES) {
		reads++;
		torn += !msg_whole(&in);
		from1 += in.vcpu == 1;
	} else if (r != 0) {
		bad++;
	}
	while ((r = prtos_receive_queuing_message(q, &in, MSG_BYTES)) == MSG_BYTES) {
		received++;
		torn += !msg_whole(&in);
		from1 += in.vcpu == 1;
	}
	if (r != PRTOS_OP_NOT_ALLOWED) /* empty */
		bad++;
}

static void verdict(int ok, const char *what, int *failed)
{
	if (!ok) {
		printf("[P0] FAIL: %s\n", what);
		*failed = 1;
	}
}

void partition_main(void)
{
	prtos_s32_t sp = prtos_create_sampling_port("SIn", MSG_BYTES, PRTOS_DESTINATION_PORT, 0);
	prtos_s32_t q = prtos_create_queuing_port("QIn", 4, MSG_BYTES, PRTOS_DESTINATION_PORT);
	struct shared *s = SHARED;
	int failed = 0;

	while (!s->done) {
		take(sp, q);
		prtos_idle_self();
	}
	take(sp, q);
	printf("[P0] %u rounds: vCPU 0 made %u operations in %u lives; after each halt vCPU 1 "
	       "wrote %u and sent %u, found a port busy %u times\n",
	       s->rounds, s->v0_ops, s->v0_lives, s->s_written1, s->q_sent1, s->busy_after_halt);
	printf("[P0] judge: %u sampling reads, %u queued received (%u from vCPU 1), %u torn, "
	       "bad returns %u + %u (last 0x%x), halt 0x%x reset 0x%x\n",
	       reads, received, from1, torn, bad, s->bad_ret, s->last_bad_ret, s->halt_ret,
	       s->reset_ret);
	verdict(sp >= 0 && q >= 0, "ports", &failed);
	verdict(s->rounds == ROUNDS && s->v0_lives == ROUNDS + 1, "rounds and restarts", &failed);
	verdict(!s->busy_after_halt, "a port busy after its vCPU was halted", &failed);
	verdict(s->s_written1 == ROUNDS, "vCPU 1's writes", &failed);
	verdict(!torn, "a torn message", &failed);
	verdict(!bad && !s->bad_ret && !s->halt_ret && !s->reset_ret, "return codes", &failed);
	verdict(reads > 0 && received > 0 && from1 > 0, "messages seen", &failed);
	printf("[P0] Verification %s\n", failed ? "Failed" : "Passed");
	prtos_halt_system();
}
