/*
 * redteam5_trap_stack, P1 (2 vCPUs, one on each processor). Each vCPU points its stack
 * at a hostile address and makes IPVI0 pending (unmasked, virtual IF set) with
 * prtos_set_irqpend: on the way back the core must push a trap context on the stack. Where
 * the stack is not writable memory of the caller, the interrupt must be dropped
 * (MEM_PROTECTION, ignored here); a delivery runs probe_entry, which counts it. Both
 * vCPUs probe at once, many rounds; the words below each target are compared before
 * and after where the caller can read them.
 */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "smp_report.h"

#define RW_START 0x06100000U
#define RW_END 0x06200000U
#define RO 0x06800000U
#define ROUNDS 80
#ifndef PROBE_VCPUS
#define PROBE_VCPUS 3
#endif

volatile prtos_u32_t saved_esp[2], hit_esp[2], hits[2];
prtos_s32_t do_probe(prtos_u32_t v, prtos_u32_t esp, prtos_u32_t ext_mask);
void probe_entry(void);

__asm__(".text\n"
	".globl do_probe\n"
	"do_probe:\n"
	"	pushl %ebx\n	pushl %esi\n	pushl %edi\n	pushl %ebp\n"
	"	movl 20(%esp), %esi\n"
	"	movl 24(%esp), %edx\n"
	"	movl 28(%esp), %ecx\n"
	"	movl %esp, saved_esp(,%esi,4)\n"
	"	movl %edx, %esp\n"
	"	movl $12, %eax\n" /* set_irqpend(0, ext_mask) */
	"	xorl %ebx, %ebx\n"
	"	int $0x82\n"
	"probe_resume:\n"
	"	movl $5, %eax\n" /* get_vcpuid */
	"	int $0x82\n"
	"	movl saved_esp(,%eax,4), %esp\n"
	"	popl %ebp\n	popl %edi\n	popl %esi\n	popl %ebx\n"
	"	ret\n"
	".globl probe_entry\n"
	"probe_entry:\n"
	"	movl $5, %eax\n"
	"	int $0x82\n"
	"	movl %esp, hit_esp(,%eax,4)\n"
	"	incl hits(,%eax,4)\n"
	"	jmp probe_resume\n");

struct target {
	const char *name;
	prtos_u32_t esp;
	int control;  /* must deliver */
	int readable; /* compare the 128 bytes below */
};

static const struct target targets[] = {
	{"own rw (control)", RW_END - 0x1000, 1, 1},
	{"own rw top (control)", RW_END, 1, 1},
	{"ro shared mid", RO + 0x800, 0, 1},
	{"ro shared top", RO + 0x1000, 0, 1},
	{"ro shared +8", RO + 8, 0, 0},
	{"rw start +8 (straddle)", RW_START + 8, 0, 0},
	{"rw end +16 (straddle)", RW_END + 16, 0, 0},
	{"pct0 mid", 0xFFC00800U, 0, 1},
	{"pct0 top", 0xFFC01000U, 0, 1},
	{"pct1 mid", 0xFFC01800U, 0, 1},
	{"pct1 top", 0xFFC02000U, 0, 1},
	{"core", 0x01100000U, 0, 0},
	{"core start", 0x01000040U, 0, 0},
	{"lapic icr", 0xFFFFF340U, 0, 0},
	{"lapic timer", 0xFFFFF3F0U, 0, 0},
	{"lapic eoi", 0xFFFFF0C0U, 0, 0},
	{"wrap 0x20", 0x20U, 0, 0},
	{"wrap 0", 0x0U, 0, 0},
	{"wrap 4", 0x4U, 0, 0},
	{"null page", 0x1000U, 0, 0},
	{"first 2MiB", 0x200000U, 0, 0},
};
#define NT (sizeof(targets) / sizeof(targets[0]))

static volatile prtos_u32_t bad_deliver[2], bad_control[2], changed[2], done[2];
static volatile prtos_u32_t first_bad_t[2] = {99, 99}, first_bad_esp[2], pending_left[2];
static prtos_u32_t before[2][32];

static void run(prtos_u32_t v)
{
	prtos_u32_t r, t, i, h, bit = 1U << PRTOS_VT_EXT_IPVI0;
	volatile prtos_u32_t *p;

	prtos_clear_irqmask(0, bit);
	for (r = 0; r < ROUNDS; r++) {
		for (t = 0; t < NT; t++) {
			p = (volatile prtos_u32_t *)(targets[t].esp - 128);
			if (targets[t].readable && !targets[t].control)
				for (i = 0; i < 32; i++)
					before[v][i] = p[i];
			h = hits[v];
			hw_sti();
			do_probe(v, targets[t].esp, bit);
			hw_sti();
			if (prtos_get_pct()->ext_pend_irqs & bit) {
				pending_left[v]++;
				prtos_clear_irqpend(0, bit);
			}
			if (hits[v] != h && !targets[t].control) {
				bad_deliver[v]++;
				if (first_bad_t[v] == 99) {
					first_bad_t[v] = t;
					first_bad_esp[v] = hit_esp[v];
				}
			}
			if (hits[v] == h && targets[t].control)
				bad_control[v]++;
			if (targets[t].readable && !targets[t].control)
				for (i = 0; i < 32; i++)
					if (before[v][i] != p[i] && targets[t].esp < 0xFFC00000U)
						changed[v]++;
		}
	}
	done[v] = 1;
}

void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1;

	if (v == 0) {
		prtos_set_trap_entry((prtos_address_t)probe_entry);
		setup_vcpus();
		while (((volatile prtos_u32_t *)RO)[1023] == 0)
			;
		printf("[P1] trap context probes from processor %u, %u targets x %u rounds\n",
		       smp_apic_id(), (prtos_u32_t)NT, ROUNDS);
	} else {
		while (((volatile prtos_u32_t *)RO)[1023] == 0)
			;
	}
	if (PROBE_VCPUS & (1U << v))
		run(v);
	else
		done[v] = 1;
	if (v == 1)
		for (;;)
			prtos_idle_self();
	while (!done[1])
		prtos_idle_self();
	for (v = 0; v < 2; v++)
		printf("[P1] vCPU %u: %u deliveries, %u on a hostile stack (first: target %u, "
		       "entered with esp 0x%x), %u controls missed, %u words changed, %u left "
		       "pending\n",
		       v, hits[v], bad_deliver[v], first_bad_t[v], first_bad_esp[v], bad_control[v],
		       changed[v], pending_left[v]);
	printf("[P1] probes done: %s\n", bad_deliver[0] | bad_deliver[1] | bad_control[0] |
							 bad_control[1] | changed[0] | changed[1]
						 ? "FAIL"
						 : "held");
	for (;;)
		prtos_idle_self();
}
