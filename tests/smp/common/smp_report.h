/* Shared by the SMP scenarios: the processor a partition runs on, and a report area. */
#ifndef SMP_REPORT_H
#define SMP_REPORT_H

#include <prtos.h>

/* The initial local APIC id of the processor running the caller (CPUID leaf 1, EBX
 * bits 31-24): QEMU numbers its processors' APICs 0, 1, ... in order. */
static inline prtos_u32_t smp_apic_id(void)
{
	prtos_u32_t a = 1, b, c = 0, d;

	__asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d));
	return b >> 24;
}

/* The HW clock now, in us. */
static inline prtos_time_t smp_now(void)
{
	prtos_time_t t;

	prtos_get_time(PRTOS_HW_CLOCK, &t);
	return t;
}

/*
 * CRC-32 (IEEE 802.3, reflected) of n bytes, a bit at a time: the scenarios check the
 * core's records (HM log, trace streams) with a computation of their own, not the core's.
 */
static inline prtos_u32_t crc32_buf(const void *p, prtos_u32_t n)
{
	const prtos_u8_t *b = p;
	prtos_u32_t c = 0xFFFFFFFFU, k;

	while (n--) {
		c ^= *b++;
		for (k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xEDB88320U & (0U - (c & 1)));
	}
	return ~c;
}

#endif
