/*
 * PIT channel 0 as a one-shot timer: the fallback when there is no local APIC; or, with
 * CONFIG_QEMU_SMP_TICK, the 10 us tick by which processor 0 shares QEMU's turns
 * (qemu_turns.c).
 */
#include <arch/io.h>
#include <arch/x86.h>

#define PIT_HZ 1193182ULL
#define PIT_CH0 0x40
#define PIT_CMD 0x43
#define PIT_MAX_TICKS 0xFFFFU

void x86_pit_start(void)
{
	x86_pic_unmask(X86_IRQ_TIMER);
}

/* Mode 0; rounds up so that the interrupt never comes before the deadline. */
void x86_pit_arm(prtos_u64_t delta_ns)
{
	prtos_u64_t ticks = (delta_ns * PIT_HZ + 999999999ULL) / 1000000000ULL;

	if (ticks > PIT_MAX_TICKS)
		ticks = PIT_MAX_TICKS; /* a longer wait takes several interrupts */
	if (ticks < 1)
		ticks = 1;
	x86_outb(PIT_CMD, 0x30); /* channel 0, lo/hi, mode 0 */
	x86_outb(PIT_CH0, ticks & 0xFF);
	x86_outb(PIT_CH0, (ticks >> 8) & 0xFF);
}

#ifdef CONFIG_QEMU_SMP_TICK
#define SMP_TICK_DIVISOR 12 /* 1.193182 MHz / 12: X86_QEMU_TURN_NS */

void x86_pit_smp_tick(void)
{
	x86_outb(PIT_CMD, 0x34); /* channel 0, lo/hi, mode 2 (rate generator) */
	x86_outb(PIT_CH0, SMP_TICK_DIVISOR & 0xFF);
	x86_outb(PIT_CH0, SMP_TICK_DIVISOR >> 8);
	x86_pic_unmask(X86_IRQ_TIMER); /* processor 0's: x86_qemu_tick_entry() */
}
#endif
