/*
 * Starting the configuration's other processors (CONFIG_SMP): the real-mode
 * trampoline of ap_boot.S in low memory, then INIT and STARTUP IPIs through the
 * local APIC; and the reschedule IPI that tells a CPU to look again at what it runs.
 */
#include <prtos/arch.h>
#include <prtos/percpu.h>
#include <prtos/smp.h>
#include <prtos/string.h>
#include <prtos/spinlock.h>
#include <arch/io.h>
#include <arch/x86.h>

#define X86_AP_TRAMPOLINE 0x8000U /* as in ap_boot.S: page-aligned, below 1 MiB */

/* What ap_boot.S reads at x86_ap_params. */
struct ap_params {
	prtos_u32_t cr3, cr4, esp, cpu;
};

/* ap_boot.S: the code to copy, its size, and where its parameters are in it. */
extern const prtos_u8_t x86_ap_trampoline[];
extern const prtos_u32_t x86_ap_trampoline_size, x86_ap_params_offset;

void x86_ap_main(prtos_u32_t cpu) __attribute__((noreturn));

/* The secondary CPUs' boot stacks, which their idle contexts take over. */
static prtos_u8_t ap_stacks[CONFIG_MAX_CPUS - 1][CONFIG_KSTACK_SIZE] __attribute__((aligned(16)));
static prtos_u32_t apic_of[CONFIG_MAX_CPUS];

prtos_u8_t *x86_ap_stack(prtos_u32_t cpu)
{
	return ap_stacks[cpu - 1];
}

/* Writes the trampoline and its parameters for cpu into low memory. */
static void trampoline_write(prtos_u32_t cpu)
{
	arch_phys_state_t s = arch_phys_begin(); /* CR3 is now the core's physical map */
	prtos_u8_t *page = arch_phys_ptr(phys_addr(X86_AP_TRAMPOLINE));
	struct ap_params p = {x86_read_cr3(), x86_read_cr4(),
			      (prtos_u32_t)(x86_ap_stack(cpu) + CONFIG_KSTACK_SIZE), cpu};

	memcpy(page, x86_ap_trampoline, x86_ap_trampoline_size);
	memcpy(page + x86_ap_params_offset, &p, sizeof(p));
	arch_phys_end(s);
}

int arch_cpu_start(prtos_u32_t cpu)
{
	if (x86_cpu_apic_id(cpu, x86_lapic_id(), &apic_of[cpu]))
		return -1;
	if (!cpu)
		return 0;
#ifdef CONFIG_QEMU_SMP_TICK
	if (cpu == 1)
		x86_pit_smp_tick();
#endif
	trampoline_write(cpu);
	x86_lapic_start_cpu(apic_of[cpu], X86_AP_TRAMPOLINE >> 12);
	return 0;
}

void x86_ap_main(prtos_u32_t cpu)
{
	x86_cpu_init_secondary(cpu);
	x86_lapic_init_secondary();
	smp_cpu_main();
}

void arch_cpu_kick(prtos_u32_t cpu)
{
	x86_lapic_send_resched(apic_of[cpu]);
}

void arch_cpu_park(void)
{
	for (;;)
		__asm__ volatile("cli\n\thlt" ::: "memory");
}

void arch_cpu_relax(void)
{
	__asm__ volatile("pause" ::: "memory");
}
