/*
 * Benchmarks: reading the TSC and reporting to scripts/bench.sh. Under QEMU
 * -icount shift=0 the TSC counts guest instructions (1 ns of virtual time
 * each). Shared by the partitions of tests/bench and the bare kernel
 * (tests/bench/bare), which each provide bench_puts() (part.c, bare.c).
 *
 * Report lines (scripts/bench.sh reads them):
 *   bench: calls NAME N CALLS LOOP   N iterations took CALLS cycles with the
 *                                     call, LOOP without it
 *   bench: hist NAME VALUE COUNT     COUNT samples of NAME equal VALUE
 *   bench: value NAME VALUE          one reading
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>

/* Sample counts: full runs, or a handful with -DBENCH_QUICK (the smoke test). */
#ifdef BENCH_QUICK
#define BENCH_SCALE(full, quick) (quick)
#else
#define BENCH_SCALE(full, quick) (full)
#endif

/*
 * Cycles n iterations of stmt take, the TSC read around the loop. A per-call
 * cost is the difference from the same loop with the call replaced by an
 * operand of the same shape, divided by n (scripts/bench.sh).
 */
#define BENCH_TIMED_LOOP(n, stmt)                   \
	({                                          \
		uint32_t t0_ = bench_rdtsc32(), i_; \
		for (i_ = 0; i_ < (n); i_++) {      \
			stmt;                       \
		}                                   \
		bench_rdtsc32() - t0_;              \
	})

static inline uint32_t bench_rdtsc32(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return lo;
}

static inline uint64_t bench_rdtsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

/* Writes a string to the benchmark's console (the partition's or the serial port). */
void bench_puts(const char *s);

void bench_report_calls(const char *name, uint32_t n, uint32_t calls, uint32_t loop);
/* Sorts samples[0..n) and prints them as a histogram. */
void bench_report_hist(const char *name, uint32_t *samples, uint32_t n);
void bench_report_value(const char *name, uint64_t value);

/*
 * Turns t[k], the TSC at event k of a series planned every period_us in the
 * core's clock, into how much later than the earliest event of the series
 * event k came. The control table's cpu_khz is the core's TSC rate.
 */
void bench_to_jitter(uint32_t *t, uint32_t n, uint32_t period_us);

/*
 * Stores the low half of the TSC at *last, two instructions per store
 * (rdtsc, mov), until *stop is non-zero, then returns 0: the last value
 * stored before an interrupt is at most one instruction older than the
 * interrupt. A ring-0 handler may resume at bench_spin_exit instead of at the
 * interrupted instruction: bench_spin then returns the TSC read by that
 * label's first instruction.
 */
uint32_t bench_spin(volatile uint32_t *last, volatile uint32_t *stop);
void bench_spin_exit(void);

#endif
