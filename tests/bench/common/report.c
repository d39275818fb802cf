/* Benchmarks: the report lines of bench.h and bench_spin, with no C library. */
#include "bench.h"

static void put_u64(uint64_t v)
{
	char buf[24];
	int i = sizeof(buf) - 1;

	buf[i] = '\0';
	do {
		/* 64-bit division without libgcc: v < 2^32 in every report but boot's */
		uint32_t hi = (uint32_t)(v >> 32), lo = (uint32_t)v, rem = hi % 10U;

		hi /= 10U;
		__asm__("divl %2" : "+a"(lo), "+d"(rem) : "rm"(10U));
		buf[--i] = (char)('0' + rem);
		v = ((uint64_t)hi << 32) | lo;
	} while (v);
	bench_puts(&buf[i]);
}

static void put_fields(const char *kind, const char *name)
{
	bench_puts("bench: ");
	bench_puts(kind);
	bench_puts(" ");
	bench_puts(name);
}

static void put_field(uint64_t v)
{
	bench_puts(" ");
	put_u64(v);
}

void bench_report_calls(const char *name, uint32_t n, uint32_t calls, uint32_t loop)
{
	put_fields("calls", name);
	put_field(n);
	put_field(calls);
	put_field(loop);
	bench_puts("\n");
}

void bench_report_value(const char *name, uint64_t value)
{
	put_fields("value", name);
	put_field(value);
	bench_puts("\n");
}

/* Shell sort (Ciura's gaps): no recursion, no allocation. */
static void sort_u32(uint32_t *a, uint32_t n)
{
	static const uint32_t gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
	uint32_t g, i, j, v;

	for (g = 0; g < sizeof(gaps) / sizeof(gaps[0]); g++) {
		for (i = gaps[g]; i < n; i++) {
			v = a[i];
			for (j = i; j >= gaps[g] && a[j - gaps[g]] > v; j -= gaps[g])
				a[j] = a[j - gaps[g]];
			a[j] = v;
		}
	}
}

void bench_report_hist(const char *name, uint32_t *samples, uint32_t n)
{
	uint32_t i, run;

	sort_u32(samples, n);
	for (i = 0; i < n; i += run) {
		for (run = 1; i + run < n && samples[i + run] == samples[i]; run++)
			;
		put_fields("hist", name);
		put_field(samples[i]);
		put_field(run);
		bench_puts("\n");
	}
}

__asm__(".text\n"
	".globl bench_spin\n"
	"bench_spin:\n"
	"	pushl %edi\n"
	"	pushl %esi\n"
	"	movl 12(%esp), %edi\n"
	"	movl 16(%esp), %esi\n"
	"1:\n"
	"	.rept 64\n"
	"	rdtsc\n"
	"	movl %eax, (%edi)\n"
	"	.endr\n"
	"	cmpl $0, (%esi)\n"
	"	je 1b\n"
	"	xorl %eax, %eax\n"
	"	jmp 2f\n"
	".globl bench_spin_exit\n"
	"bench_spin_exit:\n"
	"	rdtsc\n"
	"2:	popl %esi\n"
	"	popl %edi\n"
	"	ret\n");
