/*
 * The host arch's machine: the state tests drive (arch/host.h), interrupts as a flag,
 * and the exits (halt, reset, the scheduler's start) as a longjmp to host_run().
 */
#include <prtos/arch.h>
#include <arch/host.h>
#include <prtos/percpu.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct host_machine host = {.mm_fail_id = -1, .refuse_id = -1, .send_room = ~0U, .cpus = 1};

void host_machine_reset(void)
{
	host_ram_clear();
	memset(&host, 0, sizeof(host));
	host.mm_fail_id = -1;
	host.refuse_id = -1;
	host.send_room = ~0U;
	host.cpus = 1;
}

prtos_u32_t arch_cpu_count(void)
{
	return host.cpus;
}

const char *arch_cpu_source(void)
{
	return "host";
}

#ifdef CONFIG_SMP
struct cpu *arch_this_cpu(void)
{
	return &percpu[0];
}
#endif

/* One processor runs the host tests: the others of a configuration never start. */
int arch_cpu_start(prtos_u32_t cpu)
{
	return cpu == 0 ? 0 : -1;
}

void arch_cpu_kick(prtos_u32_t cpu)
{
	(void)cpu;
	host.kicks++;
}

void arch_cpu_relax(void)
{
}

enum host_exit host_run(void (*fn)(void *arg), void *arg)
{
	jmp_buf here, *outer = host.exit_point;

	host.exit = HOST_RETURNED;
	host.exit_code = 0;
	host.exit_point = &here;
	if (!setjmp(here))
		fn(arg);
	host.exit_point = outer;
	return host.exit;
}

/* Leaves the core for the host_run() in progress; with none, the test is broken. */
static void host_exit(enum host_exit how, prtos_u32_t code) __attribute__((noreturn));
static void host_exit(enum host_exit how, prtos_u32_t code)
{
	host.exit = how;
	host.exit_code = code;
	if (!host.exit_point) {
		fprintf(stderr, "host arch: the core exited (%d, code %u) outside host_run()\n",
			how, code);
		abort();
	}
	longjmp(*host.exit_point, 1);
}

void arch_machine_halt(prtos_u32_t code)
{
	host_exit(HOST_HALTED, code);
}

void arch_machine_reset(int cold)
{
	host_exit(HOST_RESET, (prtos_u32_t)cold);
}

prtos_u8_t *arch_boot_stack(void)
{
	static prtos_u8_t stack[CONFIG_KSTACK_SIZE] __attribute__((aligned(16)));

	return stack;
}

void arch_start_first(struct vcpu *first)
{
	host.first = first;
	host_exit(HOST_STARTED, 0);
}

void arch_idle_loop(void)
{
	host_exit(HOST_IDLE, 0);
}

void arch_cpu_init(void)
{
	host.cpu_inits++;
}

void arch_irq_enable(void)
{
	host.irq_on = 1;
}

void arch_irq_disable(void)
{
	host.irq_on = 0;
}

prtos_u32_t arch_irq_save(void)
{
	prtos_u32_t were_on = (prtos_u32_t)host.irq_on;

	host.irq_on = 0;
	return were_on;
}

void arch_irq_restore(prtos_u32_t were_on)
{
	host.irq_on = (int)were_on;
}

/* A pending interrupt would be taken here: the test's hook stands for it. */
void arch_irq_window(void)
{
	host.irq_windows++;
	if (host.irq_window_hook)
		host.irq_window_hook();
}
