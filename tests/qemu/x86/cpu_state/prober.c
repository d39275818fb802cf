/*
 * cpu_state, P0 (normal, fp): runs each instruction that reads or writes state
 * a partition must not own and checks the vector it raises (-1: none, the
 * instruction is allowed and harmless), then checks that the flags it may not
 * change stayed as they were. The XML propagates every exception to it.
 */
#include <prtos.h>
#include <stdio.h>
#include "probe.h"

#define NONE (-1)
#define DB 1
#define UD 6
#define TS 10
#define GP 13

static int failures, probes;

static void expect(prtos_s32_t vector, prtos_s32_t want, const char *what)
{
	probes++;
	if (vector == want) {
		printf("[P0] %-28s vector %d\n", what, vector);
		return;
	}
	printf("[P0] FAIL: %s: vector %d, expected %d\n", what, vector, want);
	failures++;
}

static prtos_u32_t eflags(void)
{
	prtos_u32_t f;

	__asm__ volatile("pushfl\n\tpopl %0" : "=r"(f));
	return f;
}

static void privileged(void)
{
	expect(PROBE("mov %%cr0, %%eax"), GP, "read CR0");
	expect(PROBE("mov %%eax, %%cr3"), GP, "write CR3");
	expect(PROBE("mov %%cr4, %%eax"), GP, "read CR4");
	expect(PROBE("mov %%dr7, %%eax"), GP, "read DR7");
	expect(PROBE("xor %%eax, %%eax\n\tmov %%eax, %%dr0"), GP, "write DR0");
	expect(PROBE("push %%ecx\n\tmov $0x10, %%ecx\n\trdmsr\n\tpop %%ecx"), GP, "rdmsr (TSC)");
	expect(PROBE("push %%ecx\n\tmov $0x1b, %%ecx\n\twrmsr\n\tpop %%ecx"), GP,
	       "wrmsr (APIC base)");
	expect(PROBE("push %%ecx\n\txor %%ecx, %%ecx\n\trdpmc\n\tpop %%ecx"), GP, "rdpmc");
	expect(PROBE("sysenter"), GP, "sysenter");
	expect(PROBE("invlpg 0"), GP, "invlpg");
	expect(PROBE("wbinvd"), GP, "wbinvd");
	expect(PROBE("clts"), GP, "clts");
	expect(PROBE("xor %%eax, %%eax\n\tlmsw %%ax"), GP, "lmsw");
	expect(PROBE("xor %%eax, %%eax\n\tltr %%ax"), GP, "ltr");
	expect(PROBE("lidt 0"), GP, "lidt");
	expect(PROBE("int $0x80"), GP, "int $0x80 (no gate)");
	expect(PROBE("int $0x30"), GP, "int $0x30 (the APIC timer's gate)");
}

static void allowed(void)
{
	expect(PROBE("push %%ebx\n\tpush %%ecx\n\tpush %%edx\n\txor %%eax, %%eax\n\tcpuid\n\t"
		     "pop %%edx\n\tpop %%ecx\n\tpop %%ebx"),
	       NONE, "cpuid");
	expect(PROBE("push %%edx\n\trdtsc\n\tpop %%edx"), NONE, "rdtsc");
	expect(PROBE("emms"), NONE, "MMX (fp partition)");
	expect(PROBE("xorps %%xmm0, %%xmm0"), UD, "SSE (CR4.OSFXSR clear)");
}

/* Flags: IF and IOPL cannot change; TF and NT can, and only hurt the partition. */
static void flags(void)
{
	prtos_u32_t before = eflags(), after;

	__asm__ volatile("pushfl\n\tandl $~0x200, (%%esp)\n\torl $0x3000, (%%esp)\n\tpopfl"
			 :
			 :
			 : "cc");
	after = eflags();
	probes++;
	if ((after & 0x3200) != (before & 0x3200)) {
		printf("[P0] FAIL: popf changed IF/IOPL: 0x%x -> 0x%x\n", before, after);
		failures++;
	} else {
		printf("[P0] %-28s IF and IOPL unchanged\n", "popf clearing IF, IOPL 3");
	}
	expect(PROBE("pushfl\n\torl $0x100, (%%esp)\n\tpopfl\n\tnop"), DB, "TF: single step");
	/* The iret faults before it pops anything: the frame is dropped after. */
	expect(PROBE_THEN("pushfl\n\torl $0x4000, (%%esp)\n\tpopfl\n\tpush %%cs\n\t"
			  "push $0\n\tpush $0\n\tiret",
			  "add $12, %%esp"),
	       TS, "NT: iret to a task");
	probes++;
	if (eflags() & 0x4100) {
		printf("[P0] FAIL: TF or NT still set after the traps\n");
		failures++;
	}
}

void partition_main(void)
{
	probe_init();
	privileged();
	allowed();
	flags();
	printf("[P0] %d probes, %d failures\n", probes, failures);
	for (;;)
		prtos_idle_self();
}
