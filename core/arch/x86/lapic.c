/* The local APIC timer in one-shot mode: the scheduler's timer when the CPU has one. */
#include <arch/io.h>
#include <arch/x86.h>
#include <arch/scale.h>

#define LAPIC_EOI 0xB0
#define LAPIC_SVR 0xF0
#define LAPIC_LVT_TIMER 0x320
#define LAPIC_TIMER_INIT 0x380
#define LAPIC_TIMER_CUR 0x390
#define LAPIC_TIMER_DIV 0x3E0
#define LAPIC_SVR_ENABLE 0x100
#define LAPIC_LVT_MASKED 0x10000
#define LAPIC_DIV_1 0xB
#define CPUID1_EDX_APIC (1U << 9)
#define CALIBRATE_US 1000

static volatile prtos_u32_t *lapic;
static prtos_u32_t lapic_khz; /* timer ticks per millisecond */
static struct scale ns_to_ticks;

static void lapic_write(prtos_u32_t reg, prtos_u32_t val)
{
	lapic[reg / 4] = val;
}

static prtos_u32_t lapic_read(prtos_u32_t reg)
{
	return lapic[reg / 4];
}

static int cpu_has_lapic(void)
{
	prtos_u32_t a = 1, b, c, d;

	__asm__ volatile("cpuid" : "+a"(a), "=b"(b), "=c"(c), "=d"(d));
	return (d & CPUID1_EDX_APIC) != 0;
}

/* Paging must be on (the APIC is mapped at X86_LAPIC_VADDR). Returns 0 if usable. */
int x86_lapic_init(void)
{
	prtos_u32_t left;

	if (!cpu_has_lapic())
		return -1;
	lapic = (volatile prtos_u32_t *)X86_LAPIC_VADDR;
	lapic_write(LAPIC_SVR, LAPIC_SVR_ENABLE | X86_SPURIOUS_VECTOR);
	lapic_write(LAPIC_TIMER_DIV, LAPIC_DIV_1);
	lapic_write(LAPIC_LVT_TIMER, LAPIC_LVT_MASKED | X86_LAPIC_TIMER_VECTOR);
	lapic_write(LAPIC_TIMER_INIT, 0xFFFFFFFFU);
	x86_tsc_delay_us(CALIBRATE_US);
	left = lapic_read(LAPIC_TIMER_CUR);
	lapic_write(LAPIC_TIMER_INIT, 0);
	lapic_khz = (0xFFFFFFFFU - left) / (CALIBRATE_US / 1000);
	if (!lapic_khz)
		return -1;
	ns_to_ticks = scale_make(lapic_khz, 1000000ULL);
	lapic_write(LAPIC_LVT_TIMER, X86_LAPIC_TIMER_VECTOR); /* one-shot, unmasked */
	return 0;
}

prtos_u32_t x86_lapic_khz(void)
{
	return lapic_khz;
}

void x86_lapic_arm(prtos_u64_t delta_ns)
{
	prtos_u64_t ticks = scale_apply(delta_ns, ns_to_ticks) + 1; /* never early */

	if (ticks > 0xFFFFFFFFULL)
		ticks = 0xFFFFFFFFULL;
	if (ticks < 1)
		ticks = 1;
	lapic_write(LAPIC_TIMER_INIT, (prtos_u32_t)ticks);
}

void x86_lapic_eoi(void)
{
	lapic_write(LAPIC_EOI, 0);
}
