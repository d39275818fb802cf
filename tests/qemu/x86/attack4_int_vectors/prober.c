/*
 * attack4_int_vectors, P0 (normal): int $N from ring 3 for every N from 0 to 255,
 * with the virtual IF off and on. Only three gates are open to ring 3: int $3 and
 * int $4 are the partition's BREAKPOINT and OVERFLOW events (propagated here), int
 * $0x82 is a hypercall (an unknown number returns PRTOS_UNKNOWN_HYPERCALL); every other
 * N must be a #GP of the partition with the IDT error code N*8+2, never the exception
 * or interrupt of vector N, and the virtual IF must come back as it was. Then
 * hypercalls entered with DF and AC set (the core must copy forwards and hand the flags
 * back), and prtos_x86_iret with crafted contexts: kernel and null selectors, every
 * flag set, contexts outside the partition's memory.
 */
#include <prtos.h>
#include <prtos_hcall.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>
#include "probe.h"

#define EFLAGS_CF 0x1U
#define EFLAGS_TF 0x100U
#define EFLAGS_IF 0x200U
#define EFLAGS_DF 0x400U
#define EFLAGS_IOPL 0x3000U
#define EFLAGS_NT 0x4000U
#define EFLAGS_AC 0x40000U
#define EFLAGS_ID 0x200000U
#define EFLAGS_ARITH 0x0CD5U /* CF PF AF ZF SF DF OF */

static int failures, probes;

static void verdict(int ok, const char *fmt, prtos_u32_t a, prtos_u32_t b)
{
	probes++;
	if (ok)
		return;
	failures++;
	printf("[P0] FAIL: ");
	printf(fmt, a, b);
	printf("\n");
}

/* int $N; push $resume; ret -- written for each N. */
prtos_u8_t int_code[16] __attribute__((aligned(16)));
volatile prtos_s32_t int_eax;

static prtos_s32_t int_probe(prtos_u32_t n)
{
	int_code[0] = 0xCD;
	int_code[1] = (prtos_u8_t)n;
	int_code[2] = 0x68;
	int_code[7] = 0xC3;
	probe_vector = -1;
	probe_err = 0xFFFFFFFFU;
	__asm__ volatile("movl $1f, probe_resume\n\t"
			 "movl $1f, int_code+3\n\t"
			 "movl $0xDEAD, %%eax\n\t"
			 "jmp *%0\n"
			 "1:\tmovl %%eax, int_eax"
			 :
			 : "r"(int_code)
			 : "eax", "memory");
	return probe_vector;
}

static void every_vector(int virtual_if)
{
	prtos_u32_t n;
	prtos_s32_t v;
	int bad = failures;

	for (n = 0; n < 256; n++) {
		if (virtual_if)
			hw_sti();
		else
			hw_cli();
		v = int_probe(n);
		if (n == 0x82)
			verdict(v == -1 && int_eax == PRTOS_UNKNOWN_HYPERCALL,
				"int $0x82: vector %d, eax %d", (prtos_u32_t)v,
				(prtos_u32_t)int_eax);
		else if (n == 3 || n == 4)
			verdict(v == (prtos_s32_t)n, "int $%u: vector %d", n, (prtos_u32_t)v);
		else
			verdict(v == 13 && probe_err == n * 8 + 2, "int $0x%x: error code 0x%x", n,
				v == 13 ? probe_err : 0xEEEEEEEEU);
		verdict(hw_is_sti() == virtual_if, "int $0x%x: virtual IF %d after", n,
			(prtos_u32_t)hw_is_sti());
	}
	hw_cli();
	printf("[P0] int $0..$255 with the virtual IF %s: %d failures\n", virtual_if ? "on" : "off",
	       failures - bad);
}

static prtos_u32_t flags_now(void)
{
	prtos_u32_t f;

	__asm__ volatile("pushfl\n\tpopl %0" : "=r"(f));
	return f;
}

/* Hypercalls entered with DF and AC set: copies go forwards, the flags come back. */
static void direction_flag(void)
{
	static char buf[600], want[600];
	static const char line[] = "[P0] console write with DF and AC set: intact text\n";
	prtos_time_t t = 0;
	prtos_u32_t fl, i;
	prtos_s32_t r;

	__asm__ volatile("pushfl\n\torl $0x40000, (%%esp)\n\tpopfl\n\tstd\n\t"
			 "int $0x82\n\t"
			 "pushfl\n\tpopl %1\n\tcld\n\t"
			 "pushfl\n\tandl $0xFFFBFFFF, (%%esp)\n\tpopfl"
			 : "=a"(r), "=r"(fl)
			 : "a"(3), "b"(PRTOS_HW_CLOCK), "c"(&t)
			 : "memory");
	verdict(r == PRTOS_OK && t > 0, "get_time with DF set: %d, time %u", (prtos_u32_t)r,
		(prtos_u32_t)t);
	verdict((fl & (EFLAGS_DF | EFLAGS_AC)) == (EFLAGS_DF | EFLAGS_AC),
		"DF and AC lost over a hypercall: flags 0x%x", fl, 0);
	__asm__ volatile("std\n\tint $0x82\n\tcld"
			 : "=a"(r)
			 : "a"(4), "b"(line), "c"(sizeof(line) - 1)
			 : "memory");
	verdict(r == (prtos_s32_t)sizeof(line) - 1, "write_console with DF set: %d", (prtos_u32_t)r,
		0);
	for (i = 0; i < sizeof(buf); i++)
		buf[i] = want[i] = (char)(i * 7 + 1);
	memmove(want + 3, want, 500);
	__asm__ volatile("std\n\tint $0x82\n\tcld"
			 : "=a"(r)
			 : "a"(42), "b"(PRTOS_PARTITION_SELF), "c"(buf + 3),
			   "d"(PRTOS_PARTITION_SELF), "S"(buf), "D"(500)
			 : "memory");
	verdict(r == PRTOS_OK && !memcmp(buf, want, sizeof(buf)),
		"overlapping memory_copy with DF set: %d, %s", (prtos_u32_t)r,
		(prtos_u32_t)(memcmp(buf, want, sizeof(buf)) ? 1 : 0));
	for (i = 0; i < sizeof(buf); i++)
		buf[i] = want[i] = (char)(i * 5 + 2);
	memmove(want, want + 3, 500);
	__asm__ volatile("std\n\tint $0x82\n\tcld"
			 : "=a"(r)
			 : "a"(42), "b"(PRTOS_PARTITION_SELF), "c"(buf), "d"(PRTOS_PARTITION_SELF),
			   "S"(buf + 3), "D"(500)
			 : "memory");
	verdict(r == PRTOS_OK && !memcmp(buf, want, sizeof(buf)),
		"overlapping memory_copy down with DF set: %d, %u", (prtos_u32_t)r, 0);
	printf("[P0] hypercalls with DF and AC set: done\n");
}

/* prtos_x86_iret with a crafted context: what the partition gets back. */
struct prtos_x86_trap_ctxt crafted __attribute__((aligned(16)));
volatile prtos_u32_t saved_esp, after_regs[7], after_flags, after_segs[6];

static void iret_crafted(prtos_u32_t ctxt_addr)
{
	__asm__ volatile("movl %%esp, saved_esp\n\t"
			 "movl %%ebp, crafted+20\n\t"
			 "movl %%esp, crafted+64\n\t"
			 "movl $1f, crafted+52\n\t"
			 "movl %0, %%esp\n\t"
			 "movl $7, %%eax\n\t"
			 "int $0x82\n"
			 "1:\tmovl %%eax, after_regs+24\n\t"
			 "movl %%ebx, after_regs+0\n\t"
			 "movl %%ecx, after_regs+4\n\t"
			 "movl %%edx, after_regs+8\n\t"
			 "movl %%esi, after_regs+12\n\t"
			 "movl %%edi, after_regs+16\n\t"
			 "movl %%esp, after_regs+20\n\t"
			 "movl saved_esp, %%esp\n\t" /* a refused context leaves sp where it was */
			 "pushfl\n\tpopl after_flags\n\t"
			 "movl %%cs, %%eax\n\tmovl %%eax, after_segs+0\n\t"
			 "movl %%ss, %%eax\n\tmovl %%eax, after_segs+4\n\t"
			 "movl %%ds, %%eax\n\tmovl %%eax, after_segs+8\n\t"
			 "movl %%es, %%eax\n\tmovl %%eax, after_segs+12\n\t"
			 "movl %%fs, %%eax\n\tmovl %%eax, after_segs+16\n\t"
			 "movl %%gs, %%eax\n\tmovl %%eax, after_segs+20\n\t"
			 "cld"
			 :
			 : "m"(ctxt_addr)
			 : "eax", "ebx", "ecx", "edx", "esi", "edi", "memory");
	__asm__ volatile("movl $0x23, %%eax\n\tmovl %%eax, %%ds\n\tmovl %%eax, %%es" : : : "eax");
}

static void craft(prtos_u32_t flags, prtos_u32_t cs, prtos_u32_t ss, prtos_u32_t ds)
{
	memset(&crafted, 0, sizeof(crafted));
	crafted.ebx = 0x11111111;
	crafted.ecx = 0x22222222;
	crafted.edx = 0x33333333;
	crafted.esi = 0x44444444;
	crafted.edi = 0x55555555;
	crafted.eax = 0x77777777;
	crafted.ds = ds;
	crafted.es = ds;
	crafted.fs = 0x08;
	crafted.gs = 0x2B;
	crafted.cs = cs;
	crafted.ss = ss;
	crafted.flags = flags;
	crafted.irq_nr = 0x82;
}

static int user_segments(void)
{
	return after_segs[0] == PRTOS_USER_CS && after_segs[1] == PRTOS_USER_DS &&
	       after_segs[2] == PRTOS_USER_DS && after_segs[3] == PRTOS_USER_DS &&
	       after_segs[4] == PRTOS_USER_DS && after_segs[5] == PRTOS_USER_DS;
}

static void crafted_contexts(void)
{
	craft(0xFFFFFFFFU, 0x08, 0x10, 0);
	iret_crafted((prtos_u32_t)&crafted);
	verdict(after_regs[6] == 0x77777777 && after_regs[0] == 0x11111111 &&
			after_regs[4] == 0x55555555,
		"iret, kernel selectors, every flag: registers eax 0x%x ebx 0x%x", after_regs[6],
		after_regs[0]);
	verdict(user_segments(), "iret, kernel selectors: cs 0x%x ss 0x%x", after_segs[0],
		after_segs[1]);
	verdict((after_flags & (EFLAGS_TF | EFLAGS_IOPL | EFLAGS_NT | EFLAGS_AC | EFLAGS_ID)) ==
				0 &&
			(after_flags & EFLAGS_ARITH) == EFLAGS_ARITH && (after_flags & EFLAGS_IF),
		"iret, every flag: flags 0x%x", after_flags, 0);
	verdict(hw_is_sti(), "iret, every flag: virtual IF %d", (prtos_u32_t)hw_is_sti(), 0);
	hw_cli();
	craft(0, 0x1B | 0x100, 0x23 | 0x40, 0x2B);
	iret_crafted((prtos_u32_t)&crafted);
	verdict(user_segments() && (after_flags & EFLAGS_ARITH) == 0 && (after_flags & EFLAGS_IF) &&
			!hw_is_sti(),
		"iret, no flag, selectors past the GDT: cs 0x%x flags 0x%x", after_segs[0],
		after_flags);
	/* A context the core may not read: refused, nothing restored. */
	craft(0xFFFFFFFFU, 0x08, 0x10, 0);
	iret_crafted(0xFFC00000U);
	verdict(after_regs[6] == (prtos_u32_t)PRTOS_INVALID_PARAM && !hw_is_sti(),
		"iret, context in the control table: eax 0x%x", after_regs[6], 0);
	iret_crafted(0x06100000U - 71);
	verdict(after_regs[6] == (prtos_u32_t)PRTOS_INVALID_PARAM,
		"iret, context over the end of the area: eax 0x%x", after_regs[6], 0);
	iret_crafted(0x06100000U + 0x100);
	verdict(after_regs[6] == (prtos_u32_t)PRTOS_INVALID_PARAM,
		"iret, context in the guard's memory: eax 0x%x", after_regs[6], 0);
	iret_crafted(0xFFFFFFF0U);
	verdict(after_regs[6] == (prtos_u32_t)PRTOS_INVALID_PARAM,
		"iret, context at the top of the address space: eax 0x%x", after_regs[6], 0);
	printf("[P0] crafted iret contexts: done\n");
}

void partition_main(void)
{
	probe_init();
	every_vector(0);
	every_vector(1);
	direction_flag();
	crafted_contexts();
	printf("[P0] %d probes, %d failures\n", probes, failures);
	printf("[P0] %s\n", failures ? "Verification Failed" : "all held");
	for (;;)
		prtos_idle_self();
}
