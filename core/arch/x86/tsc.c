/* The time base: the TSC, calibrated against PIT channel 2 at boot. */
#include <prtos/arch.h>
#include <arch/io.h>
#include <arch/x86.h>
#include <arch/scale.h>

#define PIT_CH2 0x42
#define PIT_CMD 0x43
#define PIT_GATE 0x61
#define CALIBRATE_TICKS 11932U /* 10 ms of the 1.193182 MHz PIT */

static prtos_u64_t tsc_boot;
static prtos_u32_t tsc_khz;
static struct scale tsc_to_ns; /* the one conversion: every clock reading goes through it */

/* Counts TSC cycles during CALIBRATE_TICKS of PIT channel 2 (gate on, speaker off). */
static prtos_u64_t tsc_cycles_per_10ms(void)
{
	prtos_u64_t start;
	prtos_u8_t gate = (x86_inb(PIT_GATE) & ~0x02) | 0x01;

	x86_outb(PIT_GATE, gate & ~0x01);
	x86_outb(PIT_CMD, 0xB0); /* channel 2, lo/hi, mode 0 */
	x86_outb(PIT_CH2, CALIBRATE_TICKS & 0xFF);
	x86_outb(PIT_CH2, CALIBRATE_TICKS >> 8);
	x86_outb(PIT_GATE, gate);
	start = x86_rdtsc();
	while (!(x86_inb(PIT_GATE) & 0x20))
		;
	return x86_rdtsc() - start;
}

void arch_time_init(void)
{
	prtos_u64_t cycles = tsc_cycles_per_10ms();

	tsc_khz = (prtos_u32_t)(cycles / 10);
	if (!tsc_khz)
		tsc_khz = 1;
	tsc_to_ns = scale_make(1000000ULL, tsc_khz);
	tsc_boot = x86_rdtsc();
}

prtos_u32_t arch_cpu_khz(void)
{
	return tsc_khz;
}

prtos_u64_t arch_now_ns(void)
{
	return scale_apply(x86_rdtsc() - tsc_boot, tsc_to_ns);
}

/*
 * floor(ns / 1000), exactly: the scheduler compares microseconds, the timer is
 * armed in nanoseconds, and the two must never disagree (a separately rounded
 * microsecond scale fell behind by ~200 ns per second of uptime, until every
 * timer interrupt looked early). Two 32-bit divisions, no libgcc.
 */
static prtos_u64_t ns_to_us(prtos_u64_t ns)
{
	prtos_u32_t hi = (prtos_u32_t)(ns >> 32), lo = (prtos_u32_t)ns, q_hi = 0, rem = hi;

	if (hi >= 1000U) { /* after 71 minutes of uptime */
		q_hi = hi / 1000U;
		rem = hi % 1000U;
	}
	/* rem:lo / 1000 fits 32 bits because rem < 1000; lo becomes the quotient */
	__asm__("divl %2" : "+a"(lo), "+d"(rem) : "rm"(1000U));
	return ((prtos_u64_t)q_hi << 32) | lo;
}

prtos_time_t arch_now_us(void)
{
	return (prtos_time_t)ns_to_us(arch_now_ns());
}

/* Busy-waits for us microseconds (boot-time calibration only). */
void x86_tsc_delay_us(prtos_u32_t us)
{
	prtos_u64_t end = x86_rdtsc() + (prtos_u64_t)us * tsc_khz / 1000ULL;

	while (x86_rdtsc() < end)
		;
}
