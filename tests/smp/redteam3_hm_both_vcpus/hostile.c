/*
 * redteam3_hm_both_vcpus, P1 (hostile, vCPU 0 on CPU0 at 1000-3000 us, vCPU 1 on CPU1 at
 * 0-3000 us). Both vCPUs loop raising HM events: int3 (IGNORE), a divide by zero and a cli
 * (PROPAGATE to their handlers, which step over them); every 6 ms, at one common moment so
 * that both do it at once when both run, the same one of: ud2 (PARTITION_WARM_RESET), a
 * write to 0 (PARTITION_COLD_RESET), into with OF set (SUSPEND: the manager resumes) or an
 * bound out of its range (PARTITION_HALT: the manager resets; QEMU has no #AC). Every event is
 * counted before it is raised; the manager compares with the HM log. Nothing after a reset
 * or halt may run; an old life never runs again.
 */
#include <prtos.h>
#include <irqs.h>
#include "shared.h"
#include "smp_report.h"

#define S SHARED
#define ROUND_US 1500

static void on_div(trap_ctxt_t *c)
{
	S->h_div_h[prtos_get_vcpuid() & 1]++;
	c->ip += 2; /* divl %ecx */
}

static void on_gp(trap_ctxt_t *c)
{
	S->h_gp_h[prtos_get_vcpuid() & 1]++;
	c->ip += 1; /* cli */
}

static void fatal(prtos_u32_t v, prtos_u32_t kind)
{
	static prtos_u32_t word[2] __attribute__((aligned(8)));

	switch (kind) {
	case 0:
		S->h_ud[v]++;
		__asm__ volatile("ud2");
		shared_fail(FAIL_AFTER_FATAL, v, 0);
		break;
	case 1:
		S->h_pf[v]++;
		*(volatile prtos_u32_t *)0 = 1;
		shared_fail(FAIL_AFTER_FATAL, v, 1);
		break;
	case 2:
		S->h_into[v]++;
		__asm__ volatile("movl $0x7fffffff, %%eax\n\taddl $1, %%eax\n\tinto" ::
					 : "eax", "cc");
		S->h_susp_back[v]++;
		break;
	default:
		S->h_ac[v]++;
		word[0] = 10;
		word[1] = 20;
		__asm__ volatile("movl $5, %%eax\n\tbound %%eax, (%0)" ::"r"(word)
				 : "eax", "memory");
		shared_fail(FAIL_AFTER_FATAL, v, 3);
		break;
	}
}

static void main_loop(prtos_u32_t v)
{
	prtos_u32_t my = ++S->h_lives[v], r;
	prtos_time_t t;

	for (;;) {
		if (S->h_lives[v] != my)
			shared_fail(FAIL_OLD_LIFE, v, my);
		S->h_iter[v]++;
		S->h_int3[v]++;
		__asm__ volatile("int3");
		S->h_div[v]++;
		__asm__ volatile("xorl %%edx, %%edx\n\tmovl $1, %%eax\n\txorl %%ecx, %%ecx\n\t"
				 "divl %%ecx" ::
					 : "eax", "ecx", "edx", "cc");
		S->h_gp[v]++;
		__asm__ volatile("cli");
		t = smp_now();
		while (smp_now() - t < 15)
			;
		r = (prtos_u32_t)(smp_now() / ROUND_US);
		if ((r & 3) == 0 && r != S->h_round[v]) {
			S->h_round[v] = r;
			while (smp_now() % ROUND_US < 700 && smp_now() / ROUND_US == r)
				;
			fatal(v, (r / 4) % 4);
		}
	}
}

void partition_main(void)
{
	prtos_u32_t v = (prtos_u32_t)prtos_get_vcpuid() & 1;

	if (v == 0) {
		install_trap_handler(DIVIDE_ERROR, on_div);
		install_trap_handler(GENERAL_PROTECTION_FAULT, on_gp);
		setup_vcpus();
	}
	main_loop(v);
}
