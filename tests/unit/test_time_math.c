/*
 * The x86 clock's and timer's arithmetic (arch/time_math.h), checked against
 * exact 128-bit results: cycles to ns, ns to us past the 71-minute boundary
 * where the division takes its long path, the multipliers' rounding,
 * monotonicity, and a local APIC count that never fires early.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <arch/time_math.h>

typedef unsigned __int128 u128;

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* Rates from the slowest the clock takes to a 10 GHz TSC, and QEMU's 1 GHz. */
static const uint32_t rates_khz[] = {TSC_MIN_KHZ, 33000,   1000000, 1000015,
				     2399999,	  3600000, 4000000, 10000000};

static void cycles_to_ns_is_exact(void **state)
{
	unsigned r, i;

	(void)state;
	for (r = 0; r < sizeof(rates_khz) / sizeof(rates_khz[0]); r++) {
		uint32_t mult = tsc_ns_mult_for(rates_khz[r]);

		for (i = 0; i < 100000; i++) {
			/* up to 2^56 cycles: ~2 years at 1 GHz, the result fits 64 bits */
			uint64_t c = i < 64 ? (1ULL << (i % 57)) - (i / 57) : rng() >> 8;
			u128 exact = ((u128)c * mult) >> TSC_NS_SHIFT;

			assert_true(exact == tsc_cycles_to_ns(c, mult));
		}
	}
}

static void ns_to_us_is_floor(void **state)
{
	uint64_t edges[] = {0,
			    999,
			    1000,
			    0xFFFFFFFFULL,
			    1000ULL << 32,
			    (1000ULL << 32) - 1,
			    (1000ULL << 32) + 999,
			    (999ULL << 32) | 0xFFFFFFFFULL,
			    UINT64_MAX,
			    UINT64_MAX - 999};
	unsigned i;

	(void)state;
	for (i = 0; i < sizeof(edges) / sizeof(edges[0]); i++)
		assert_true(tsc_ns_to_us(edges[i]) == edges[i] / 1000);
	for (i = 0; i < 200000; i++) {
		uint64_t ns = rng() >> (i % 64); /* every magnitude, both paths */

		assert_true(tsc_ns_to_us(ns) == ns / 1000);
	}
}

/* The multiplier fits 32 bits and is the nearest to 10^6 * 2^shift / khz. */
static void mult_rounding(void **state)
{
	uint32_t khz;

	(void)state;
	for (khz = TSC_MIN_KHZ; khz < 12000000; khz += 997) {
		uint64_t mult = tsc_ns_mult_for(khz);
		u128 scaled = (u128)1000000 << TSC_NS_SHIFT;
		u128 lo = (u128)mult * khz, err = lo > scaled ? lo - scaled : scaled - lo;

		assert_true(mult <= 0xFFFFFFFFULL);
		assert_true(2 * err <= khz); /* |mult - exact| <= 1/2 */
	}
}

/* An hour of cycles at each rate: off by at most half a part in the multiplier (3e-8 at 4 GHz). */
static void drift_bound(void **state)
{
	uint32_t r;

	(void)state;
	for (r = 0; r < sizeof(rates_khz) / sizeof(rates_khz[0]); r++) {
		uint64_t khz = rates_khz[r], cycles = khz * 1000 * 3600; /* one hour of cycles */
		uint64_t ns = tsc_cycles_to_ns(cycles, tsc_ns_mult_for(rates_khz[r]));
		uint64_t hour = 3600ULL * 1000000000ULL;
		uint64_t off = ns > hour ? ns - hour : hour - ns;

		/* half a part in the multiplier, plus the final truncation */
		assert_true((u128)off * tsc_ns_mult_for(rates_khz[r]) <= (u128)hour / 2 + 1000000);
	}
}

/* Later cycles never give an earlier ns or us, across the 71-minute boundary too. */
static void monotonic(void **state)
{
	uint32_t mult = tsc_ns_mult_for(1000015);
	uint64_t c = (1000ULL << 32) - 5000000, prev_ns = 0, prev_us = 0, step;
	unsigned i;

	(void)state;
	for (i = 0; i < 100000; i++) {
		uint64_t ns = tsc_cycles_to_ns(c, mult), us = tsc_ns_to_us(ns);

		assert_true(ns >= prev_ns);
		assert_true(us >= prev_us);
		prev_ns = ns;
		prev_us = us;
		step = rng() % 200;
		c += step;
	}
}

/* Local APIC timers from 10 MHz to 16 GHz, QEMU's 1 GHz among them. */
static const uint32_t lapic_khz[] = {10000,   66666,   100000,	133333,	 999999,
				     1000000, 1000007, 3000000, 15999999};

/*
 * The count never fires before delta_ns (ticks/khz ms >= delta), and is late by
 * at most two ticks plus the multiplier's rounding up.
 */
static void lapic_ticks_never_early(void **state)
{
	unsigned r, i;

	(void)state;
	for (r = 0; r < sizeof(lapic_khz) / sizeof(lapic_khz[0]); r++) {
		uint32_t khz = lapic_khz[r], mult = lapic_ticks_mult_for(khz);

		assert_true(mult > 0);
		for (i = 0; i < 100000; i++) {
			uint64_t delta =
				i < 40 ? (1ULL << (i % 33)) - (i / 33) : rng() % 4294967296ULL;
			u128 ticks = lapic_ticks_for(delta, mult);
			u128 need = ((u128)delta * khz + 999999) / 1000000; /* ceil */

			if (need >= 0xFFFFFFFFULL) {
				assert_true(ticks == 0xFFFFFFFFULL);
				continue;
			}
			assert_true(ticks >= need);
			/* the rounding of mult: delta * (mult - exact) / 2^shift < delta / 2^28 * 1 */
			assert_true(ticks <= need + 2 + (delta >> LAPIC_TICKS_SHIFT));
		}
	}
}

/* Past 0xFFFFFFFF ns, or ticks, the count saturates: the timer fires, the scheduler re-arms. */
static void lapic_ticks_saturate(void **state)
{
	uint32_t mult = lapic_ticks_mult_for(1000000);

	(void)state;
	assert_true(lapic_ticks_for(0, mult) == 1);
	assert_true(lapic_ticks_for(UINT64_MAX, mult) == lapic_ticks_for(0xFFFFFFFFULL, mult));
	assert_true(lapic_ticks_for(0xFFFFFFFFULL, lapic_ticks_mult_for(15999999)) == 0xFFFFFFFFU);
	assert_true(lapic_ticks_for(0xFFFFFFFFULL, mult) >= 0xFFFFFFFFULL / 1000 * 1000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cycles_to_ns_is_exact),
		cmocka_unit_test(ns_to_us_is_floor),
		cmocka_unit_test(mult_rounding),
		cmocka_unit_test(drift_bound),
		cmocka_unit_test(monotonic),
		cmocka_unit_test(lapic_ticks_never_early),
		cmocka_unit_test(lapic_ticks_saturate),
	};

	return cmocka_run_group_tests_name("tsc_scale", tests, NULL, NULL);
}
