/* area_flags, P0 (normal): its read-only area shows the owner's data, but writing it
 * page-faults; its unmapped area faults on any access, and hypercalls refuse it.
 * Page faults are propagated here (see the XML): the handler notes the error code
 * and resumes after the access. */
#include <prtos.h>
#include <stdio.h>
#include <irqs.h>
#include "area_flags.h"

/* x86 page-fault error codes from ring 3: P (present), W (write), U (user). */
#define PF_USER_READ_NOT_PRESENT 0x4
#define PF_USER_WRITE_NOT_PRESENT 0x6
#define PF_USER_WRITE_READ_ONLY 0x7
#define NOT_READ 0xBAD0BAD0U

/* probe_load(a) returns *a, probe_store(a, v) stores v at a: one instruction each,
 * which may fault; the handler then resumes at the label after it. */
prtos_u32_t probe_load(prtos_address_t a);
void probe_store(prtos_address_t a, prtos_u32_t v);
extern char load_insn[], load_done[], store_insn[], store_done[];
__asm__(".text\n"
	"probe_load:\n\t"
	"movl 4(%esp), %ecx\n\t"
	"movl $0xBAD0BAD0, %eax\n"
	"load_insn: movl (%ecx), %eax\n"
	"load_done: ret\n"
	"probe_store:\n\t"
	"movl 4(%esp), %ecx\n\t"
	"movl 8(%esp), %edx\n"
	"store_insn: movl %edx, (%ecx)\n"
	"store_done: ret\n");

static volatile int faults;
static volatile prtos_u32_t fault_err;
static int passed;

static void page_fault_handler(trap_ctxt_t *ctxt)
{
	faults++;
	fault_err = ctxt->err_code;
	if (ctxt->ip == (prtos_u32_t)load_insn) {
		ctxt->ip = (prtos_u32_t)load_done;
	} else if (ctxt->ip == (prtos_u32_t)store_insn) {
		ctxt->ip = (prtos_u32_t)store_done;
	} else {
		printf("[P0] FAIL: page fault at ip 0x%x, outside the probes\n", ctxt->ip);
		prtos_halt_partition(PRTOS_PARTITION_SELF);
	}
}

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	passed += ok;
}

/* A load that must work and read the owner's pattern. */
static void expect_read(prtos_address_t a, const char *what)
{
	int before = faults;
	prtos_u32_t v = probe_load(a);

	if (faults != before || v != PATTERN)
		printf("[P0] load at 0x%x: %d fault(s), value 0x%x\n", a, faults - before, v);
	check(faults == before && v == PATTERN, what);
}

/* An access that must page-fault once with error code err. */
static void expect_fault(int store, prtos_address_t a, prtos_u32_t err, const char *what)
{
	int before = faults;

	fault_err = 0;
	if (store)
		probe_store(a, 0x0BAD0BAD);
	else
		probe_load(a);
	if (faults != before + 1 || fault_err != err)
		printf("[P0] %s at 0x%x: %d fault(s), error code 0x%x (want 1, 0x%x)\n",
		       store ? "store" : "load", a, faults - before, fault_err, err);
	check(faults == before + 1 && fault_err == err, what);
}

void partition_main(void)
{
	prtos_time_t t;

	install_trap_handler(PAGE_FAULT, page_fault_handler);
	while (!MAILBOX->pattern_ready)
		prtos_idle_self();

	expect_read(DATA_ADDR, "read-only area readable (first word)");
	expect_read(LAST_WORD(DATA_ADDR), "read-only area readable (last word)");
	expect_fault(1, DATA_ADDR, PF_USER_WRITE_READ_ONLY, "write to read-only area faults");
	expect_fault(1, LAST_WORD(DATA_ADDR), PF_USER_WRITE_READ_ONLY,
		     "write to its last word faults");
	expect_read(DATA_ADDR, "read-only area unchanged");

	expect_fault(0, HIDDEN_ADDR, PF_USER_READ_NOT_PRESENT, "read of unmapped area faults");
	expect_fault(1, HIDDEN_ADDR, PF_USER_WRITE_NOT_PRESENT, "write to unmapped area faults");
	expect_fault(0, LAST_WORD(HIDDEN_ADDR), PF_USER_READ_NOT_PRESENT,
		     "read of its last word faults");

	check(prtos_get_time(PRTOS_HW_CLOCK, (prtos_time_t *)HIDDEN_ADDR) == PRTOS_INVALID_PARAM,
	      "get_time into the unmapped area refused");
	check(prtos_get_time(PRTOS_HW_CLOCK, (prtos_time_t *)DATA_ADDR) == PRTOS_INVALID_PARAM,
	      "get_time into the read-only area refused");
	check(prtos_write_console((char *)HIDDEN_ADDR, 4) == PRTOS_INVALID_PARAM,
	      "write_console from the unmapped area refused");
	check(faults == 5 && prtos_get_time(PRTOS_HW_CLOCK, &t) == PRTOS_OK,
	      "5 page faults in all, and the partition goes on");

	MAILBOX->passed = (prtos_u32_t)passed;
	MAILBOX->done = 1;
	for (;;)
		prtos_idle_self();
}
