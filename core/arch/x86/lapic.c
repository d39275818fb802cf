/* The local APIC timer in one-shot mode: the scheduler's timer when the CPU has one. */
#include <arch/io.h>
#include <arch/x86.h>
#include <arch/time_math.h>

#define LAPIC_ID 0x20
#define LAPIC_EOI 0xB0
#define LAPIC_SVR 0xF0
#define LAPIC_LVT_TIMER 0x320
#define LAPIC_TIMER_INIT 0x380
#define LAPIC_TIMER_CUR 0x390
#define LAPIC_TIMER_DIV 0x3E0
#define LAPIC_ICR_LOW 0x300
#define LAPIC_ICR_HIGH 0x310
#define ICR_INIT 0x00000500U
#define ICR_STARTUP 0x00000600U
#define ICR_ASSERT 0x00004000U
#define ICR_LEVEL 0x00008000U
#define ICR_PENDING 0x00001000U /* delivery status: not yet accepted */
#define LAPIC_SVR_ENABLE 0x100
#define LAPIC_LVT_MASKED 0x10000
#define LAPIC_DIV_1 0xB
#define CPUID1_EDX_APIC (1U << 9)
#define CALIBRATE_MIN_US 100 /* the shortest window: its error is a few cycles over 100 us */

static volatile prtos_u32_t *lapic;
static prtos_u32_t lapic_khz;  /* timer ticks per millisecond */
static prtos_u32_t ticks_mult; /* ns to ticks (time_math.h) */

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

static prtos_u64_t cal_tsc; /* when the timer started counting down; 0: no local APIC */

/*
 * Starts the timer counting down, masked, so that its rate is measured against
 * the TSC over the boot's own work (partitions' address spaces and images):
 * no wait of its own. Paging must be on (the APIC is mapped at X86_LAPIC_VADDR).
 */
void x86_lapic_start_calibration(void)
{
	if (!cpu_has_lapic())
		return;
	lapic = (volatile prtos_u32_t *)X86_LAPIC_VADDR;
	lapic_write(LAPIC_SVR, LAPIC_SVR_ENABLE | X86_SPURIOUS_VECTOR);
	lapic_write(LAPIC_TIMER_DIV, LAPIC_DIV_1);
	lapic_write(LAPIC_LVT_TIMER, LAPIC_LVT_MASKED | X86_LAPIC_TIMER_VECTOR);
	lapic_write(LAPIC_TIMER_INIT, 0xFFFFFFFFU);
	cal_tsc = x86_rdtsc();
}

/*
 * Ends the measurement (after at least CALIBRATE_MIN_US) and arms nothing yet.
 * Returns 0 if the timer is usable.
 */
int x86_lapic_init(void)
{
	prtos_u64_t cycles, min_cycles = (prtos_u64_t)CALIBRATE_MIN_US * arch_cpu_khz() / 1000;
	prtos_u32_t left;

	if (!cal_tsc)
		return -1;
	while (x86_rdtsc() - cal_tsc < min_cycles)
		;
	left = lapic_read(LAPIC_TIMER_CUR);
	cycles = x86_rdtsc() - cal_tsc;
	lapic_write(LAPIC_TIMER_INIT, 0);
	lapic_khz = (prtos_u32_t)((prtos_u64_t)(0xFFFFFFFFU - left) * arch_cpu_khz() / cycles);
	if (!lapic_khz)
		return -1;
	ticks_mult = lapic_ticks_mult_for(lapic_khz);
	lapic_write(LAPIC_LVT_TIMER, X86_LAPIC_TIMER_VECTOR); /* one-shot, unmasked */
	return 0;
}

prtos_u32_t x86_lapic_khz(void)
{
	return lapic_khz;
}

void x86_lapic_arm(prtos_u64_t delta_ns)
{
	lapic_write(LAPIC_TIMER_INIT, lapic_ticks_for(delta_ns, ticks_mult));
}

void x86_lapic_eoi(void)
{
	lapic_write(LAPIC_EOI, 0);
}

#ifdef CONFIG_SMP /* the other processors: their start and IPIs */
prtos_u32_t x86_lapic_id(void)
{
	return lapic_read(LAPIC_ID) >> 24;
}

void x86_lapic_init_secondary(void)
{
	lapic_write(LAPIC_SVR, LAPIC_SVR_ENABLE | X86_SPURIOUS_VECTOR);
	lapic_write(LAPIC_TIMER_DIV, LAPIC_DIV_1);
	lapic_write(LAPIC_LVT_TIMER, X86_LAPIC_TIMER_VECTOR); /* one-shot, unmasked */
}

static void icr_send(prtos_u32_t apic_id, prtos_u32_t low)
{
	while (lapic_read(LAPIC_ICR_LOW) & ICR_PENDING)
		;
	lapic_write(LAPIC_ICR_HIGH, apic_id << 24);
	lapic_write(LAPIC_ICR_LOW, low);
}

static void wait_us(prtos_u32_t us)
{
	prtos_u64_t end = arch_now_ns() + (prtos_u64_t)us * 1000U;

	while (arch_now_ns() < end)
		;
}

/* Intel SDM vol. 3, 8.4.4.1: INIT, 10 ms, STARTUP, 200 us, STARTUP. */
void x86_lapic_start_cpu(prtos_u32_t apic_id, prtos_u32_t vector)
{
	icr_send(apic_id, ICR_INIT | ICR_ASSERT | ICR_LEVEL);
	icr_send(apic_id, ICR_INIT | ICR_LEVEL); /* de-assert */
	wait_us(10000);
	icr_send(apic_id, ICR_STARTUP | vector);
	wait_us(200);
	icr_send(apic_id, ICR_STARTUP | vector);
	wait_us(200);
}

void x86_lapic_send_resched(prtos_u32_t apic_id)
{
	icr_send(apic_id, ICR_ASSERT | X86_RESCHED_VECTOR); /* fixed delivery, edge */
}
#endif
