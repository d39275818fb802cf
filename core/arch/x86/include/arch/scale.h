/* Fixed-point rate conversion (value * rate) without division on the hot paths. */
#ifndef ARCH_X86_SCALE_H
#define ARCH_X86_SCALE_H

#include <prtos/types.h>

/* Converts v as v * mult / 2^shift. */
struct scale {
	prtos_u32_t mult;
	prtos_u32_t shift;
};

/* The scale for "to_hz / from_hz" with the most precision that keeps mult in 32 bits. */
static inline struct scale scale_make(prtos_u64_t to_hz, prtos_u64_t from_hz)
{
	struct scale sc = {0, 32};
	prtos_u64_t m;

	for (;; sc.shift--) {
		m = (to_hz << sc.shift) / from_hz;
		if (m <= 0xFFFFFFFFULL || sc.shift == 0)
			break;
	}
	sc.mult = (prtos_u32_t)m;
	return sc;
}

/* v * mult >> shift, with a 96-bit intermediate product (shift <= 32). */
static inline prtos_u64_t scale_apply(prtos_u64_t v, struct scale sc)
{
	prtos_u64_t lo = (v & 0xFFFFFFFFULL) * sc.mult;
	prtos_u64_t hi = (v >> 32) * sc.mult;

	if (sc.shift == 32)
		return hi + (lo >> 32);
	return (hi << (32 - sc.shift)) + (lo >> sc.shift);
}

#endif
