/* legacy_c: old C against our headers: <stdio.h> before <prtos.h>, calls without
 * prototypes, a compound literal in a static initialiser, names the runtime must leave
 * to partitions, setup_vcpus() and install_trap_handler(). */
#include <stdio.h>
#include <prtos.h>
#include <string.h>
#include <irqs.h>
#include <config.h>

/* Names PRTOS example partitions define themselves (the runtime must not). */
#define PRINT(...)                                      \
	do {                                            \
		printf("[P%d] ", PRTOS_PARTITION_SELF); \
		printf(__VA_ARGS__);                    \
	} while (0)
#define HALTED 3
int seq, flags, exception_ret;
char q_message[16], s_message[16];
int custom_file;

static int *primes = (int[]){2, 3, 5, 7};
static int failures;

void hw_timer_handler(trap_ctxt_t *ctxt)
{
	exception_ret = ctxt->irq_nr;
}

static void divide_handler(ctxt) trap_ctxt_t *ctxt;
{
	seq = ctxt->ip;
}

static void expect_eq(what, got, want) char *what;
int got, want;
{
	PRINT("%s: %d%s\n", what, got, got == want ? "" : " FAIL: wrong");
	if (got != want)
		failures++;
}

void partition_main()
{
	char buf[32];

#if defined(CONFIG_x86)
	PRINT("CONFIG_x86 is defined (%d)\n", CONFIG_x86);
#else
	PRINT("FAIL: CONFIG_x86 is not defined\n");
	failures++;
#endif
#if defined(CONFIG_amd64) || defined(CONFIG_AARCH64) || defined(CONFIG_riscv64) || \
	defined(CONFIG_loongarch64)
	PRINT("FAIL: another architecture macro is defined\n");
	failures++;
#endif
	setup_vcpus();
	expect_eq("legacy_sum(3, 4) without a prototype", legacy_sum(3, 4), 7);
	expect_eq("legacy_twice(21), implicit int", legacy_twice(21), 42);
	expect_eq("compound literal primes[3]", primes[3], 7);
	expect_eq("install_trap_handler(DIVIDE_ERROR)",
		  install_trap_handler(DIVIDE_ERROR, divide_handler), 0);
	expect_eq("install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER))",
		  install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_HW_TIMER), hw_timer_handler),
		  0);
	expect_eq("PAGE_SIZE", PAGE_SIZE, 4096);
	expect_eq("CONFIG_SIZE_PAGE_TABLE", CONFIG_SIZE_PAGE_TABLE, 16);
	expect_eq("number of vCPUs", prtos_get_number_vcpus(), 1);
	sprintf(buf, "%s-%d", "legacy", HALTED);
	expect_eq("sprintf and strcmp", strcmp(buf, "legacy-3"), 0);
	flags = strlen(buf);
	expect_eq("strlen", flags, 8);
	PRINT("%s\n", failures ? "Verification Failed" : "Verification Passed");
	prtos_halt_system();
}
