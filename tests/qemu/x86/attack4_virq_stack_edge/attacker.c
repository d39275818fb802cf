/*
 * attack4_virq_stack_edge, P0 (normal): puts its stack pointer where the core would
 * push a trap context that does not fit, or must not be written (read-only, unmapped,
 * shared read-only, a neighbour's, the core's, the control table, either end of the
 * address space), then lets a virtual interrupt in (prtos_x86_set_if with one pending).
 * Each must either enter its handler with the context wholly inside one of its own
 * writable areas, or be a MEM_PROTECTION event (ignored here) with nothing written.
 * The trap entry is its own stub, which uses no stack at all, so that a context at the
 * very bottom of an area works. Then the same for a propagated #GP, with the virtual
 * IF on and off; the last one has no room and halts the attacker.
 */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>

#define EDGE 0x06180000U /* own 64 KB area, nothing else around it */
#define EDGE_END (EDGE + 0x10000U)
#define RO 0x06140000U /* own read-only area */
#define RO_END (RO + 0x10000U)
#define HIDDEN 0x06160000U    /* own unmapped area */
#define SHARED_RO 0x06300000U /* shared with the victim, read-only here */
#define VICTIM_MARK 0x06480000U
#define GUARD_AREA 0x06200000U
#define CORE_AREA 0x01000000U
#define PCT 0xFFC00000U
#define CTXT 72U /* the trap context the core pushes: 18 words */

#define E1 PRTOS_VT_EXT_IPVI6
#define E2 PRTOS_VT_EXT_IPVI7
#define HCALL_SET_IF 8

/* What the trap-entry stub saw: the stack pointer and vector of each entry. */
volatile prtos_u32_t n_entries, entry_sp[4], entry_vec[4], entry_err[4], want_nested;
volatile prtos_u32_t saved_esp;

void edge_entry(void);
__asm__(".text\n"
	".globl edge_entry\n"
	"edge_entry:\n"
	"	movl n_entries, %eax\n"
	"	cmpl $4, %eax\n"
	"	jae 3f\n"
	"	movl %esp, entry_sp(,%eax,4)\n"
	"	movl 44(%esp), %ecx\n" /* irq_nr */
	"	movl %ecx, entry_vec(,%eax,4)\n"
	"	movl 48(%esp), %ecx\n" /* err_code */
	"	movl %ecx, entry_err(,%eax,4)\n"
	"3:	incl n_entries\n"
	"	cmpl $0, want_nested\n"
	"	je 1f\n"
	"	movl $0, want_nested\n"
	"	movl $8, %eax\n" /* x86_set_if: the second pending one comes in, nested */
	"	int $0x82\n"
	"1:	cmpl $13, 44(%esp)\n"
	"	jne 2f\n"
	"	addl $1, 52(%esp)\n" /* a propagated #GP: resume past the 1-byte cli */
	"2:	movl $7, %eax\n"     /* x86_iret */
	"	int $0x82\n"
	"	ud2\n");

static int failures, probes;

static prtos_u32_t sum(prtos_u32_t addr, prtos_u32_t len)
{
	const volatile prtos_u32_t *w = (const volatile prtos_u32_t *)addr;
	prtos_u32_t s = 0, i;

	for (i = 0; i < len / 4; i++)
		s = s * 31 + w[i];
	return s;
}

static void verdict(const char *what, int ok, prtos_u32_t got)
{
	probes++;
	printf("[P0] %-44s %s (entries %u)\n", what, ok ? "ok" : "FAIL:", got);
	if (!ok)
		failures++;
}

/* Pends the interrupts of mask, sets the stack pointer to sp and lets them in. */
static prtos_u32_t deliver_at(prtos_u32_t sp, prtos_u32_t mask, int nested)
{
	n_entries = 0;
	want_nested = (prtos_u32_t)nested;
	prtos_x86_clear_if();
	prtos_set_irqpend(0, mask);
	prtos_clear_irqmask(0, mask);
	__asm__ volatile("movl %%esp, saved_esp\n\t"
			 "movl %0, %%esp\n\t"
			 "movl $8, %%eax\n\t"
			 "int $0x82\n\t"
			 "movl saved_esp, %%esp"
			 :
			 : "r"(sp)
			 : "eax", "ecx", "memory");
	prtos_x86_clear_if();
	prtos_set_irqmask(0, mask);
	prtos_clear_irqpend(0, mask);
	return n_entries;
}

/* A ring-3 cli (#GP, propagated) with the stack pointer at sp and the virtual IF as given. */
static prtos_u32_t gp_at(prtos_u32_t sp, int virtual_if)
{
	n_entries = 0;
	want_nested = 0;
	if (virtual_if)
		prtos_x86_set_if();
	else
		prtos_x86_clear_if();
	__asm__ volatile("movl %%esp, saved_esp\n\t"
			 "movl %0, %%esp\n\t"
			 "cli\n\t"
			 "movl saved_esp, %%esp"
			 :
			 : "r"(sp)
			 : "eax", "ecx", "memory");
	return n_entries;
}

static void refused(const char *what, prtos_u32_t sp)
{
	prtos_u32_t n = deliver_at(sp, 1U << E1, 0);

	verdict(what, n == 0, n);
}

static void edges(void)
{
	prtos_u32_t n;

	n = deliver_at(EDGE + CTXT, 1U << E1, 0);
	verdict("context exactly at the bottom of an area",
		n == 1 && entry_sp[0] == EDGE && entry_vec[0] == 224 + E1, n);
	refused("one byte short at the bottom of an area", EDGE + CTXT - 1);
	n = deliver_at(EDGE_END, 1U << E1, 0);
	verdict("context exactly at the top of an area", n == 1 && entry_sp[0] == EDGE_END - CTXT,
		n);
	refused("one byte past the top of an area", EDGE_END + 1);
	n = deliver_at(EDGE + 2 * CTXT, (1U << E1) | (1U << E2), 1);
	verdict("nested, both contexts fit exactly",
		n == 2 && entry_sp[0] == EDGE + CTXT && entry_sp[1] == EDGE &&
			entry_vec[0] == 224 + E1 && entry_vec[1] == 224 + E2,
		n);
	n = deliver_at(EDGE + 2 * CTXT - 1, (1U << E1) | (1U << E2), 1);
	verdict("nested, the inner one a byte short", n == 1 && entry_sp[0] == EDGE + CTXT - 1, n);
}

static void forbidden(void)
{
	prtos_u32_t ro_sum = sum(RO, RO_END - RO), pct_sum = sum(PCT, 256);
	prtos_u32_t magic = prtos_get_pct0()->magic;

	refused("own read-only area", RO + 0x1000);
	refused("straddling the top of the read-only area", RO_END + CTXT / 2);
	refused("own unmapped area", HIDDEN + 0x100);
	refused("shared page, read-only here", SHARED_RO + 0x100);
	refused("shared page, top", SHARED_RO + 0x1000);
	refused("the victim's memory", VICTIM_MARK + 0x100);
	refused("the victim's memory, top of its marks", VICTIM_MARK + 0x10000);
	refused("the guard's area", GUARD_AREA + 0x80000);
	refused("the core's area", CORE_AREA + 0x200000);
	refused("the control table", PCT + 0x100);
	refused("just above the control table", PCT + 0x1000 + CTXT);
	refused("top of the address space (0xFFFFFFFF)", 0xFFFFFFFFU);
	refused("top of the address space (0xFFFFFFF8)", 0xFFFFFFF8U);
	refused("stack pointer 0", 0);
	refused("stack pointer 71 (wraps)", CTXT - 1);
	refused("stack pointer 72 (context at 0)", CTXT);
	refused("end of the reserved low memory", 0x00200000U + CTXT);
	verdict("read-only area unchanged", sum(RO, RO_END - RO) == ro_sum, 0);
	verdict("control table unchanged",
		sum(PCT, 256) == pct_sum && prtos_get_pct0()->magic == magic, 0);
}

static void propagated(void)
{
	prtos_u32_t n;

	n = gp_at(EDGE + CTXT, 0);
	verdict("#GP, context at the bottom, virtual IF off",
		n == 1 && entry_sp[0] == EDGE && entry_vec[0] == 13 && !hw_is_sti(), n);
	n = gp_at(EDGE + CTXT, 1);
	verdict("#GP, context at the bottom, virtual IF on",
		n == 1 && entry_sp[0] == EDGE && entry_vec[0] == 13 && hw_is_sti(), n);
	prtos_x86_clear_if();
}

void partition_main(void)
{
	int i;

	for (i = 0; i < 3; i++) /* the victim fills its memory first */
		prtos_idle_self();
	if (prtos_set_trap_entry((prtos_address_t)edge_entry) != PRTOS_OK)
		printf("[P0] FAIL: set_trap_entry\n");
	edges();
	forbidden();
	propagated();
	printf("[P0] %d probes, %d failures\n", probes, failures);
	printf("[P0] last: #GP with no room for its context (the core halts me)\n");
	gp_at(EDGE + CTXT - 1, 0);
	printf("[P0] FAIL: still running after a #GP with no room\n");
	for (;;)
		prtos_idle_self();
}
