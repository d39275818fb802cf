/* hcall_fuzz, P0 (normal): calls every hypercall number, and numbers past the end,
 * with arguments from a seeded pseudo-random sequence mixing interesting values
 * (0, -1, limits, the hypervisor, the sibling's memory and canary, unmapped memory,
 * its own memory). set_trap_entry and x86_iret are called too: the first is undone
 * at once, the second with a context that returns here (and, now and then, one of
 * garbage). A fault it provokes in itself warm-resets it (see the XML), and it goes
 * on with the next stream of the seed. Only halting or suspending itself (the partition
 * or its vCPU) is skipped. With FUZZ_VCPUS (tests/smp/hcall_fuzz_2cpus), each start
 * also starts its other vCPUs, which fuzz too, sharing the generator (their calls
 * then interleave: the run is no longer repeatable from the seed alone). */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include <irqs.h>
#include "shared.h"

void bail_trap_entry(void);
/* x86_iret with the 18-word trap context at frame (ip and sp filled in unless wild). */
prtos_s32_t fuzz_iret(const prtos_u32_t *frame, int wild);

static prtos_u32_t state;

/* Virtual interrupts and propagated traps its calls let in: counted, not printed. */
static void count_trap(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	CONTROL->traps++;
}

static prtos_u32_t next(void)
{
	state ^= state << 13;
	state ^= state >> 17;
	state ^= state << 5;
	return state;
}

static prtos_word_t arg(void)
{
	static const prtos_word_t interesting[] = {
		0,
		1,
		2,
		3,
		4,
		0xFFFFFFFF,
		0x7FFFFFFF,
		0x80000000,
		0x01000000,
		0x013FFFF0,
		SIBLING_BASE,
		CANARY_ADDR,
		0x06401000,
		0x20000000,
		0xFFC00000,
		0xFFFFFFF8,
		0x06000000,
		0x060FFFF0,
		16,
		4096,
		0x10000,
	};
	prtos_u32_t r = next();

	if (r & 1)
		return interesting[(r >> 1) % (sizeof(interesting) / sizeof(interesting[0]))];
	return next();
}

static prtos_u32_t draw_number(void)
{
	prtos_u32_t r = next();

	if ((r & 15) == 0) /* far past the end */
		return (r & 16) ? next() : 0xFFFFFFFFU - (r >> 5) % 8;
	return (r >> 4) % NR_NEAR;
}

/*
 * Halting or suspending itself, as a partition or as a vCPU (its only one, 0), would
 * end the run: nobody resumes it.
 */
static int stops_caller(prtos_u32_t nr, prtos_word_t a0)
{
	return ((nr == 0 || nr == 33) && a0 == PRTOS_PARTITION_SELF) ||
	       ((nr == 51 || nr == 52) && a0 == 0);
}

static void call_iret(void)
{
	prtos_u32_t frame[18], i;
	int wild = (next() & 63) == 0;

	for (i = 0; i < 18; i++)
		frame[i] = arg();
	if (wild)
		CONTROL->wild_irets++;
	fuzz_iret(frame, wild);
}

static void call(prtos_u32_t nr, const prtos_word_t *a)
{
	if (nr == PRTOS_HCALL_NR_X86_IRET) {
		call_iret();
		return;
	}
	prtos_hcall5(nr, a[0], a[1], a[2], a[3], a[4]);
	if (nr == 6) /* set_trap_entry: BAIL's entry back */
		prtos_set_trap_entry((prtos_address_t)bail_trap_entry);
}

void partition_main(void)
{
	prtos_u32_t resets = prtos_get_pct()->reset_counter, nr, i;
	prtos_word_t a[5];

#ifdef FUZZ_VCPUS
	if (prtos_get_vcpuid() != 0)
		goto fuzz; /* vCPU 0 set everything up */
#endif
	state = FUZZ_SEED ^ (resets * 0x9E3779B9U);
	state = state ? state : 1;
	if (resets)
		CONTROL->restarts++;
	printf("[P0] fuzzing (start %d, seed 0x%x)\n", resets, FUZZ_SEED);
	for (i = 0; i < BAIL_NUM_TRAPS; i++)
		install_trap_handler((prtos_s32_t)i, count_trap);
#ifdef FUZZ_VCPUS
	setup_vcpus();
fuzz:
#endif
	while (!CONTROL->sibling_ready)
		prtos_idle_self();
	while (CONTROL->calls < FUZZ_CALLS) {
		nr = draw_number();
		for (i = 0; i < 5; i++)
			a[i] = arg();
		if (stops_caller(nr, a[0]))
			continue;
		call(nr, a);
		CONTROL->count[nr < NR_NEAR ? nr : FAR_BUCKET]++;
		CONTROL->calls++;
	}
	CONTROL->done = 1;
	for (;;)
		prtos_idle_self();
}

/* The callee-saved registers and the stack go to static memory: the context the core
 * resumes sets every register from the frame. */
__asm__(".text\n"
	".globl fuzz_iret\n"
	"fuzz_iret:\n"
	"	pushl %ebp\n"
	"	pushl %ebx\n"
	"	pushl %esi\n"
	"	pushl %edi\n"
	"	movl %esp, fuzz_iret_sp\n"
	"	movl 20(%esp), %esi\n" /* frame */
	"	movl 24(%esp), %edx\n" /* wild */
	"	subl $72, %esp\n"
	"	movl %esp, %edi\n"
	"	movl $18, %ecx\n"
	"	cld\n"
	"	rep movsl\n"
	"	testl %edx, %edx\n"
	"	jnz 1f\n"
	"	movl $2f, 52(%esp)\n" /* ip */
	"	leal 72(%esp), %eax\n"
	"	movl %eax, 64(%esp)\n" /* sp */
	"1:	movl $7, %eax\n"
	"	int $0x82\n"
	"2:	movl fuzz_iret_sp, %esp\n"
	"	popl %edi\n"
	"	popl %esi\n"
	"	popl %ebx\n"
	"	popl %ebp\n"
	"	ret\n"
	".data\n"
	"fuzz_iret_sp: .long 0\n"
	".text\n");
