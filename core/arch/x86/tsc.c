/* The time base: the TSC, at the rate the CPU states, or calibrated against PIT channel 2 at boot. */
#include <prtos/arch.h>
#include <arch/io.h>
#include <arch/x86.h>
#include <prtos/panic.h>
#include <arch/time_math.h>

#define PIT_CH2 0x42
#define PIT_CMD 0x43
#define PIT_GATE 0x61
#define PIT_HZ 1193182ULL
#define PIT_CH2_LATCH 0x80 /* counter latch command, channel 2 */
#define CPUID_TSC_LEAF 0x15
#define CPUID_FREQ_LEAF 0x16

static prtos_u64_t tsc_boot;
static prtos_u32_t tsc_khz;
/* The one conversion: every clock reading goes through it (time_math.h). */
static prtos_u32_t tsc_ns_mult;
static prtos_u16_t cal_count; /* PIT channel 2 at the calibration's start */
static prtos_u32_t cal_ticks; /* the window: CONFIG_X86_TSC_CALIBRATION_US of the PIT */

static void cpuid(prtos_u32_t leaf, prtos_u32_t r[4])
{
	__asm__ volatile("cpuid"
			 : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			 : "a"(leaf), "c"(0));
}

/*
 * The TSC's rate as the CPU states it, in kHz, or 0: leaf 0x15 (the TSC to
 * crystal ratio and the crystal's rate), else leaf 0x16 (the base rate in MHz).
 */
static prtos_u32_t tsc_khz_from_cpuid(void)
{
	prtos_u32_t r[4];

	cpuid(0, r);
	if (r[0] >= CPUID_TSC_LEAF) {
		cpuid(CPUID_TSC_LEAF, r);
		if (r[0] && r[1] && r[2])
			return (prtos_u32_t)((prtos_u64_t)r[2] * r[1] / r[0] / 1000);
	}
	if (r[0] >= CPUID_FREQ_LEAF) {
		cpuid(CPUID_FREQ_LEAF, r);
		if (r[0] & 0xFFFF)
			return (r[0] & 0xFFFF) * 1000;
	}
	return 0;
}

/* tsc_ns_mult for tsc_khz, rounded to the nearest. */
static void tsc_set_rate(void)
{
	if (tsc_khz < TSC_MIN_KHZ)
		panic("the TSC counts at %u kHz, below the %u kHz the clock supports", tsc_khz,
		      TSC_MIN_KHZ);
	tsc_ns_mult = tsc_ns_mult_for(tsc_khz);
}

static prtos_u16_t pit_ch2_count(void)
{
	prtos_u8_t lo;

	x86_outb(PIT_CMD, PIT_CH2_LATCH);
	lo = x86_inb(PIT_CH2);
	return (prtos_u16_t)(lo | (x86_inb(PIT_CH2) << 8));
}

/*
 * Waits for PIT channel 2 to count (at most one tick, 838 ns) and returns the
 * new count, with *tsc read just after: both ends of the window sit on an edge
 * of the PIT, so that its error is the time this loop takes, not a tick.
 */
static prtos_u16_t pit_ch2_edge(prtos_u64_t *tsc)
{
	prtos_u16_t first = pit_ch2_count(), now;

	do {
		now = pit_ch2_count();
		*tsc = x86_rdtsc();
	} while (now == first);
	return now;
}

/*
 * Starts the time base. A CPU that states its TSC rate needs nothing more;
 * otherwise PIT channel 2 starts counting down from 0xFFFF (55 ms), and
 * x86_time_calibrate() ends the window: the boot's own work overlaps it.
 */
void arch_time_init(void)
{
	prtos_u8_t gate = (x86_inb(PIT_GATE) & ~0x02) | 0x01;

	tsc_khz = tsc_khz_from_cpuid();
	if (tsc_khz) {
		tsc_set_rate();
		tsc_boot = x86_rdtsc();
		return;
	}
	cal_ticks = (prtos_u32_t)(PIT_HZ * CONFIG_X86_TSC_CALIBRATION_US / 1000000ULL);
	x86_outb(PIT_GATE, gate & ~0x01);
	x86_outb(PIT_CMD, 0xB0); /* channel 2, lo/hi, mode 0 */
	x86_outb(PIT_CH2, 0xFF);
	x86_outb(PIT_CH2, 0xFF);
	x86_outb(PIT_GATE, gate);
	cal_count = pit_ch2_edge(&tsc_boot);
}

/*
 * Ends the calibration window (waiting for what is left of it, if anything):
 * the TSC cycles over whole PIT ticks, edge to edge. A window longer than the
 * counter's 55 ms (a very long boot) still counts right: the count only
 * wraps once the output bit says so, and then a fresh window is measured.
 */
static void x86_time_calibrate(void)
{
	prtos_u64_t end;
	prtos_u16_t now;
	prtos_u32_t ticks;

	if (tsc_khz)
		return;
	for (;;) {
		now = pit_ch2_edge(&end);
		ticks = (prtos_u16_t)(cal_count - now);
		if (x86_inb(PIT_GATE) & 0x20)
			arch_time_init(); /* 55 ms went by: count a window anew */
		else if (ticks >= cal_ticks)
			break;
	}
	tsc_khz = (prtos_u32_t)((end - tsc_boot) * PIT_HZ / ticks / 1000);
	tsc_set_rate();
}

/* The first reading of the rate ends the calibration (arch.h). */
prtos_u32_t arch_cpu_khz(void)
{
	x86_time_calibrate();
	return tsc_khz;
}

/* Nanoseconds since tsc_boot. */
static inline prtos_u64_t now_ns(void)
{
	return tsc_cycles_to_ns(x86_rdtsc() - tsc_boot, tsc_ns_mult);
}

prtos_u64_t arch_now_ns(void)
{
	return now_ns();
}

prtos_time_t arch_ns_to_us(prtos_u64_t ns)
{
	return (prtos_time_t)tsc_ns_to_us(ns);
}

prtos_time_t arch_now_us(void)
{
	return arch_ns_to_us(now_ns());
}
