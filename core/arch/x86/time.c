/* Time base: the TSC, calibrated against PIT channel 2; PIT channel 0 as the one-shot timer. */
#include <prtos/arch.h>
#include <prtos/sched.h>
#include <arch/io.h>
#include <arch/x86.h>

#define PIT_HZ 1193182ULL
#define PIT_CH0 0x40
#define PIT_CH2 0x42
#define PIT_CMD 0x43
#define PIT_GATE 0x61
#define PIT_MAX_TICKS 0xFFFFU
#define CALIBRATE_TICKS 11932U /* 10 ms */

static prtos_u64_t tsc_boot;
static prtos_u32_t tsc_khz;

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
	tsc_boot = x86_rdtsc();
	x86_pic_unmask(X86_IRQ_TIMER);
}

prtos_u32_t arch_cpu_khz(void)
{
	return tsc_khz;
}

prtos_time_t arch_now_us(void)
{
	return (prtos_time_t)((x86_rdtsc() - tsc_boot) * 1000ULL / tsc_khz);
}

prtos_u64_t arch_now_ns(void)
{
	return (x86_rdtsc() - tsc_boot) * 1000000ULL / tsc_khz;
}

/* One-shot in mode 0; rounds up so that the interrupt never comes before the deadline. */
void arch_timer_arm(prtos_time_t deadline_us)
{
	prtos_time_t delta = deadline_us - arch_now_us();
	prtos_u64_t ticks = 1;

	if (delta > 0)
		ticks = ((prtos_u64_t)delta * PIT_HZ + 999999ULL) / 1000000ULL;
	if (ticks > PIT_MAX_TICKS)
		ticks = PIT_MAX_TICKS; /* a longer wait takes several interrupts */
	if (ticks < 1)
		ticks = 1;
	x86_outb(PIT_CMD, 0x30); /* channel 0, lo/hi, mode 0 */
	x86_outb(PIT_CH0, ticks & 0xFF);
	x86_outb(PIT_CH0, (ticks >> 8) & 0xFF);
}

void x86_timer_irq(void)
{
	x86_pic_eoi(X86_IRQ_TIMER);
	sched_timer_irq();
}
