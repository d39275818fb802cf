/*
 * redteam_vcpu_storm, P1 (hostile, 2 vCPUs: vCPU 0 on processor 0, vCPU 1 on 1, same slot).
 * vCPU 1 hammers vCPU 0 with suspend/resume/halt/reset_vcpu (checked and unchecked), bad
 * ids and entries, suspends itself and resets its own partition; vCPU 0 runs long memory
 * copies and hammers vCPU 1 back. Every life of a vCPU checks it is the newest one (an old
 * one running again = twice at once / after a restart); a stopped vCPU 0 must not count.
 * Failures go to the shared area: the manager (P0) reports them. A check the manager may
 * have upset (it suspends, resumes, halts and resets P1 in its own slots) is excused.
 * STORM_RAPID=0 leaves out the rapid fire (redteam_vcpu_selfsusp: the variant that hung
 * the core at once, when a restarted vCPU could run before its stack was rebuilt).
 */
#include <prtos.h>
#include "shared.h"
#include "smp_report.h"

#define S SHARED
#ifndef STORM_RAPID
#define STORM_RAPID 1
#endif
void start(void);
void v0_entry(void);
char v0stack[8192] __attribute__((aligned(16)));
__asm__(".text\n.globl v0_entry\nv0_entry:\n\tmov $v0stack+8192, %esp\n\tcall v0_main\n1:\tjmp "
	"1b\n");

static void spin_us(prtos_u32_t us)
{
	prtos_time_t end = smp_now() + us;

	while (smp_now() < end)
		;
}

static void expect_ret(prtos_s32_t got, prtos_s32_t want, prtos_u32_t code)
{
	if (got != want)
		shared_fail(code, (prtos_u32_t)got, (prtos_u32_t)want);
}

/* Counts a failed check, unless the manager acted on P1 since seq (or was acting then). */
static void check_quiet(int failed, prtos_u32_t seq, prtos_u32_t code, prtos_u32_t a, prtos_u32_t b)
{
	if (!failed)
		return;
	if ((seq & 1) || S->p0_seq != seq)
		S->excused++;
	else
		shared_fail(code, a, b);
}

static prtos_u32_t vstate(prtos_u32_t v)
{
	prtos_virtual_cpu_status_t st;

	return prtos_get_vcpu_status(v, &st) == PRTOS_OK ? st.state : 0xFF;
}

void v0_main(void);
void v0_main(void)
{
	prtos_u32_t my = ++S->lives[0], i = 0;

	for (;;) {
		S->ctr[0]++;
		if (S->lives[0] != my)
			shared_fail(FAIL_OLD_LIFE0, my, S->lives[0]);
		if ((++i & 63) == 0) {
			/* a long hypercall: 256 KiB within its own area, many preemption points */
			if (prtos_memory_copy(PRTOS_PARTITION_SELF, 0x61C0000, PRTOS_PARTITION_SELF,
					      0x6100000, 0x40000) != PRTOS_OK)
				shared_fail(FAIL_COPY, 0, 0);
			/* from the read-only area into itself: allowed; into it: refused */
			if (prtos_memory_copy(PRTOS_PARTITION_SELF, 0x6900000, PRTOS_PARTITION_SELF,
					      0x6100000, 16) == PRTOS_OK)
				shared_fail(FAIL_COPY, 1, 0);
			/* into another partition's memory (P2): must be refused */
			if (prtos_memory_copy(2, 0x6200000, PRTOS_PARTITION_SELF, 0x6100000, 16) ==
			    PRTOS_OK)
				shared_fail(FAIL_COPY, 2, 0);
			if (prtos_memory_copy(PRTOS_PARTITION_SELF, 0x61C0000, 2, 0x6200000, 16) ==
			    PRTOS_OK)
				shared_fail(FAIL_COPY, 3, 0);
			S->v0_copies++;
		}
		if ((i & 255) == 0) { /* wake vCPU 1 if it suspended itself */
			prtos_resume_vcpu(1);
			prtos_suspend_vcpu(1);
			prtos_resume_vcpu(1);
			S->v0_pokes++;
		}
		if ((i & 4095) == 0) { /* restart vCPU 1 */
			prtos_halt_vcpu(1);
			prtos_reset_vcpu(1, 0, (prtos_address_t)start, 3);
		}
	}
}

static const prtos_u32_t bad_ids[] = {0xFFFFFFFF, 2, 4, 0x80000000, 0x7FFFFFFF};
static const prtos_address_t bad_entries[] = {0,	  0x1000,     0x60FFFFF,     0x6200000,
					      0xC0000000, 0xFFFFFFFF, 0x6800000 - 1, 0x6901000,
					      0x6000000};

static void vcpu1_round(prtos_u32_t r)
{
	prtos_u32_t k, c, life, seq;
	prtos_s32_t ret;
	prtos_time_t end;

	for (k = 0; k < sizeof(bad_ids) / sizeof(bad_ids[0]); k++) {
		expect_ret(prtos_reset_vcpu(bad_ids[k], 0, (prtos_address_t)start, 0),
			   PRTOS_INVALID_PARAM, FAIL_BADID);
		expect_ret(prtos_halt_vcpu(bad_ids[k]), PRTOS_INVALID_PARAM, FAIL_BADID);
		expect_ret(prtos_suspend_vcpu(bad_ids[k]), PRTOS_INVALID_PARAM, FAIL_BADID);
		expect_ret(prtos_resume_vcpu(bad_ids[k]), PRTOS_INVALID_PARAM, FAIL_BADID);
	}
	for (k = 0; k < sizeof(bad_entries) / sizeof(bad_entries[0]); k++)
		expect_ret(prtos_reset_vcpu(0, 0, bad_entries[k], 0), PRTOS_INVALID_PARAM,
			   FAIL_BADENTRY);
	/* valid edges while vCPU 0 runs: not halted */
	expect_ret(prtos_reset_vcpu(0, 0, 0x61FFFFF, 0), PRTOS_INVALID_MODE, FAIL_EDGE);
	expect_ret(prtos_reset_vcpu(0, 0, 0x6900FFF, 0), PRTOS_INVALID_MODE, FAIL_EDGE);

	/* suspend: vCPU 0's count stops */
	seq = S->p0_seq;
	expect_ret(prtos_suspend_vcpu(0), PRTOS_OK, FAIL_RET);
	spin_us(300);
	c = S->ctr[0];
	spin_us(1000);
	check_quiet(S->ctr[0] != c, seq, FAIL_RAN_SUSPENDED, c, S->ctr[0]);
	check_quiet(vstate(0) != PRTOS_STATUS_SUSPENDED, seq, FAIL_STATE, 2, vstate(0));
	ret = prtos_resume_vcpu(0);
	check_quiet(ret != PRTOS_OK, seq, FAIL_RET, (prtos_u32_t)ret, 1);

	/* halt: stops; reset_vcpu: a new life */
	seq = S->p0_seq;
	expect_ret(prtos_halt_vcpu(0), PRTOS_OK, FAIL_RET);
	spin_us(300);
	c = S->ctr[0];
	spin_us(1000);
	check_quiet(S->ctr[0] != c, seq, FAIL_RAN_HALTED, c, S->ctr[0]);
	ret = prtos_resume_vcpu(0);
	check_quiet(ret != PRTOS_NO_ACTION, seq, FAIL_RET, (prtos_u32_t)ret, 2);
	ret = prtos_suspend_vcpu(0);
	check_quiet(ret != PRTOS_INVALID_MODE, seq, FAIL_RET, (prtos_u32_t)ret, 3);
	spin_us(300);
	check_quiet(S->ctr[0] != c, seq, FAIL_RAN_HALTED, c + 1000000, S->ctr[0]);
	life = S->lives[0];
	ret = prtos_reset_vcpu(0, 0, (prtos_address_t)v0_entry, r);
	check_quiet(ret != PRTOS_OK, seq, FAIL_RET, (prtos_u32_t)ret, 4);
	end = smp_now() + 25000;
	while (S->lives[0] == life && smp_now() < end)
		;
	if (S->lives[0] == life) /* whatever the manager did: vCPU 0 runs again */
		shared_fail(FAIL_NO_RESTART, life, vstate(0));

	/* rapid fire, no waits: every call races vCPU 0's entries and exits */
	for (k = 0; STORM_RAPID && k < 64; k++) {
		prtos_suspend_vcpu(0);
		prtos_resume_vcpu(0);
		prtos_halt_vcpu(0);
		prtos_reset_vcpu(0, 0, (prtos_address_t)v0_entry, k);
		prtos_suspend_vcpu(0);
		prtos_halt_vcpu(0);
		prtos_reset_vcpu(0, 0, (prtos_address_t)v0_entry, k);
		prtos_halt_vcpu(0);
		prtos_resume_vcpu(0);
		prtos_reset_vcpu(0, 0, (prtos_address_t)v0_entry, k);
		S->rapid++;
	}
	if ((r & 7) == 3) { /* suspend itself: vCPU 0 wakes it */
		S->self_suspends++;
		prtos_suspend_vcpu(1);
	}
	if ((r & 15) == 9) { /* reset its own partition from vCPU 1: does not come back */
		S->self_resets++;
		prtos_reset_partition(PRTOS_PARTITION_SELF, PRTOS_WARM_RESET, r);
		shared_fail(FAIL_OLD_LIFE1, 0xDEAD, r);
	}
}

void partition_main(void)
{
	prtos_u32_t my, r = 0;

	if (prtos_get_vcpuid() == 0) {
		setup_vcpus();
		v0_main();
	}
	my = ++S->lives[1];
	for (;;) {
		if (S->lives[1] != my)
			shared_fail(FAIL_OLD_LIFE1, my, S->lives[1]);
		vcpu1_round(r++);
		S->rounds++;
	}
}
