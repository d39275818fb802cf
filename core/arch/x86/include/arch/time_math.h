/*
 * The clock's and the timer's arithmetic (tsc.c, lapic.c), pure so that host
 * tests check it against exact 128-bit results: TSC cycles to nanoseconds,
 * nanoseconds to microseconds, nanoseconds to local APIC timer ticks.
 */
#ifndef ARCH_X86_TIME_MATH_H
#define ARCH_X86_TIME_MATH_H

#include <prtos/types.h>

/*
 * ns = cycles * mult / 2^TSC_NS_SHIFT. The shift is fixed, so that the hot
 * paths (every slot start, every hypercall that reads the clock) shift by a
 * constant; 26 keeps the multiplier in 32 bits down to a 15.6 MHz TSC, and its
 * rounding is at most half a part in the multiplier: 3e-8 at 4 GHz, below the
 * 1 kHz step of the rate itself.
 */
#define TSC_NS_SHIFT 26
#define TSC_MIN_KHZ 15626U

/* The multiplier for a TSC of khz (>= TSC_MIN_KHZ), rounded to the nearest. */
static inline prtos_u32_t tsc_ns_mult_for(prtos_u32_t khz)
{
	return (prtos_u32_t)(((1000000ULL << TSC_NS_SHIFT) + khz / 2) / khz);
}

/* cycles * mult >> TSC_NS_SHIFT, through a 96-bit product. */
static inline prtos_u64_t tsc_cycles_to_ns(prtos_u64_t cycles, prtos_u32_t mult)
{
	prtos_u64_t lo = (prtos_u64_t)(prtos_u32_t)cycles * mult;
	prtos_u64_t hi = (prtos_u64_t)(prtos_u32_t)(cycles >> 32) * mult;

	return (hi << (32 - TSC_NS_SHIFT)) + (lo >> TSC_NS_SHIFT);
}

/* rem:lo / 1000 with rem < 1000, so that the quotient fits 32 bits: one divl. */
static inline prtos_u32_t tsc_div_1000(prtos_u32_t rem, prtos_u32_t lo)
{
	__asm__("divl %2" : "+a"(lo), "+d"(rem) : "rm"(1000U));
	return lo;
}

/* ns / 1000 once the high word reaches 1000: after 71 minutes of uptime. */
static __attribute__((noinline, unused)) prtos_u64_t tsc_ns_to_us_long(prtos_u32_t hi,
								       prtos_u32_t lo)
{
	return ((prtos_u64_t)(hi / 1000U) << 32) | tsc_div_1000(hi % 1000U, lo);
}

/*
 * floor(ns / 1000), exactly: the scheduler compares microseconds, the timer is
 * armed in nanoseconds, and the two must never disagree (a separately rounded
 * microsecond scale fell behind by ~200 ns per second of uptime, until every
 * timer interrupt looked early). 32-bit divisions, no libgcc.
 */
static inline prtos_u64_t tsc_ns_to_us(prtos_u64_t ns)
{
	prtos_u32_t hi = (prtos_u32_t)(ns >> 32), lo = (prtos_u32_t)ns;

	if (__builtin_expect(hi >= 1000U, 0))
		return tsc_ns_to_us_long(hi, lo);
	return tsc_div_1000(hi, lo);
}

/*
 * ticks = ns * mult / 2^LAPIC_TICKS_SHIFT, with mult rounded up and one tick
 * more, so that the timer never fires before its deadline (an early interrupt
 * costs a second one). The shift is fixed, so is the timer's arming on every
 * switch; mult fits 32 bits up to a 16 GHz timer.
 */
#define LAPIC_TICKS_SHIFT 28

/* The multiplier for a timer of khz ticks per millisecond, rounded up. */
static inline prtos_u32_t lapic_ticks_mult_for(prtos_u32_t khz)
{
	return (prtos_u32_t)((((prtos_u64_t)khz << LAPIC_TICKS_SHIFT) + 999999U) / 1000000U);
}

/*
 * The count that makes the timer fire delta_ns from now, or later: at most
 * 0xFFFFFFFF ns (4.29 s) ahead and 0xFFFFFFFF ticks. A farther deadline is
 * reached in steps; the scheduler re-arms the timer on each.
 */
static inline prtos_u32_t lapic_ticks_for(prtos_u64_t delta_ns, prtos_u32_t mult)
{
	prtos_u32_t ns = delta_ns > 0xFFFFFFFFULL ? 0xFFFFFFFFU : (prtos_u32_t)delta_ns;
	prtos_u64_t ticks = (((prtos_u64_t)ns * mult) >> LAPIC_TICKS_SHIFT) + 1;

	return ticks > 0xFFFFFFFFULL ? 0xFFFFFFFFU : (prtos_u32_t)ticks;
}

#endif
