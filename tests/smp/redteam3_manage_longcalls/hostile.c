/*
 * redteam3_manage_longcalls, P1 (hostile, vCPU 0 on CPU0 at 1500-3000 us, vCPU 1 on CPU1 at
 * 0-3000 us of each 4 ms frame). Both vCPUs loop through long hypercalls: 256 KiB copies
 * within their area (the last one ends at the area's top, right below P3), 1 KiB console
 * writes, 4 KiB sampling writes (both vCPUs on one port), trace events and logged int3s.
 * vCPU 1 now and then resets its own partition and vCPU 0 restarts vCPU 1, while the
 * manager P0 suspends, resumes, halts and resets the partition in its slots. Every copy that
 * returns OK must hold the source; an old life must never run again.
 */
#include <prtos.h>
#include <string.h>
#include "shared.h"
#include "smp_report.h"

#define S SHARED
#define COPY_SIZE 0x40000
#define SRC 0x6140000
static const prtos_address_t dst_of[2] = {0x6180000, 0x61C0000};
/* periodic in 1 Ki words: the source is filled by doubling copies */
#define PAT(life, i) (((life) << 20) ^ (((prtos_u32_t)(i)&1023U) * 40503U))

static prtos_s32_t port = -1;
static prtos_u32_t src_life;
static prtos_u32_t msg[2][1024];
static char line[2][1024];
void start(void);

static void copy_round(prtos_u32_t v)
{
	volatile prtos_u32_t *d = (volatile prtos_u32_t *)dst_of[v];
	prtos_s32_t ret;
	prtos_u32_t k, life = src_life;

	ret = prtos_memory_copy(PRTOS_PARTITION_SELF, dst_of[v], PRTOS_PARTITION_SELF, SRC,
				COPY_SIZE);
	if (ret != PRTOS_OK) {
		shared_fail(FAIL_COPY_RET, v, (prtos_u32_t)ret);
		return;
	}
	for (k = 0; k < COPY_SIZE / 4; k += 61)
		if (d[k] != PAT(life, k)) {
			shared_fail(FAIL_COPY_DATA, k, d[k]);
			return;
		}
	if (d[COPY_SIZE / 4 - 1] != PAT(life, COPY_SIZE / 4 - 1))
		shared_fail(FAIL_COPY_DATA, 0xFFFF, v);
	S->h_copies[v]++;
}

static void main_loop(prtos_u32_t v)
{
	prtos_u32_t my = ++S->h_lives[v], i, k;
	prtos_trace_event_t ev;
	prtos_s32_t ret;

	for (i = 0; i < 1023; i++)
		line[v][i] = (char)('a' + (i + v) % 26);
	line[v][1022] = '\n';
	for (i = 1;; i++) {
		if (S->h_lives[v] != my)
			shared_fail(FAIL_OLD_LIFE, v, my);
		copy_round(v);
		if ((i & 7) == 1) {
			ret = prtos_write_console(line[v], 1023);
			if (ret != 1023)
				shared_fail(FAIL_CONSOLE_RET, v, (prtos_u32_t)ret);
			S->h_console[v]++;
		}
		for (k = 0; k < 1024; k++)
			msg[v][k] = (i << 12) ^ (v << 31) ^ k ^ 0x5A000000U;
		msg[v][0] = i;
		msg[v][1] = v;
		msg[v][1023] = 0xE11D0000U | (i & 0xFFFF);
		ret = prtos_write_sampling_message(port, msg[v], 4096);
		if (ret == PRTOS_OP_NOT_ALLOWED)
			S->h_busy[v]++;
		else if (ret != PRTOS_OK)
			shared_fail(FAIL_WRITE_RET, v, (prtos_u32_t)ret);
		else
			S->h_writes[v]++;
		memset(&ev, 0, sizeof(ev));
		ev.op_code_lo = (0x100U + v) << TRACE_OPCODE_CODE_BIT;
		ev.payload[0] = i;
		ret = prtos_trace_event(0xFFFFFFFF, &ev);
		if (ret != PRTOS_OK)
			shared_fail(FAIL_TRACE_RET, v, (prtos_u32_t)ret);
		S->h_traces[v]++;
		__asm__ volatile("int3");
		S->h_int3[v]++;
		if (v == 1 && (S->h_int3[1] % 7) == 6) {
			S->h_self_resets++;
			prtos_reset_partition(PRTOS_PARTITION_SELF,
					      (i & 1) ? PRTOS_WARM_RESET : PRTOS_COLD_RESET,
					      0xAB00 + i);
			shared_fail(FAIL_OLD_LIFE, 0xDEAD, i);
		}
		if (v == 0 && (S->h_int3[0] % 5) == 4) {
			prtos_halt_vcpu(1);
			if (prtos_reset_vcpu(1, 0, (prtos_address_t)start, 7) == PRTOS_OK)
				S->h_vcpu_restarts++;
		}
	}
}

void partition_main(void)
{
	prtos_u32_t v = (prtos_u32_t)prtos_get_vcpuid(), k;
	volatile prtos_u32_t *s = (volatile prtos_u32_t *)SRC;

	if (v == 0) {
		src_life = S->h_lives[0] + 1;
		for (k = 0; k < 1024; k++)
			s[k] = PAT(src_life, k);
		for (k = 4096; k < COPY_SIZE; k *= 2)
			prtos_memory_copy(PRTOS_PARTITION_SELF, SRC + k, PRTOS_PARTITION_SELF, SRC,
					  k);
		port = prtos_create_sampling_port("SOut", 4096, PRTOS_SOURCE_PORT, 0);
		if (port < 0)
			shared_fail(FAIL_PORT, 0, (prtos_u32_t)port);
		setup_vcpus();
	}
#ifdef HOSTILE_IDLE1 /* baseline: vCPU 1 idles in every slot */
	if (v == 1)
		for (;;)
			prtos_idle_self();
#endif
	main_loop(v);
}
