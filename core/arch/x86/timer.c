/* The scheduler's one-shot timer: the local APIC timer, or PIT channel 0 without one. */
#include <prtos/arch.h>
#include <prtos/printk.h>
#include <arch/x86.h>

static int use_lapic;

void arch_timer_init(void)
{
	use_lapic = x86_lapic_init() == 0;
	if (use_lapic) {
		printk("Timer: local APIC, %u kHz\n", x86_lapic_khz());
		return;
	}
	printk("Timer: PIT (no local APIC)\n");
	x86_pit_start();
}

void arch_timer_arm(prtos_time_t deadline_us)
{
	prtos_s64_t delta = (prtos_s64_t)deadline_us * 1000 - (prtos_s64_t)arch_now_ns();
	prtos_u64_t delta_ns = delta > 0 ? (prtos_u64_t)delta : 0;

	if (use_lapic)
		x86_lapic_arm(delta_ns);
	else
		x86_pit_arm(delta_ns);
}
