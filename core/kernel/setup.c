/* Boot of the core: one readable list of init steps, then the scheduler. */
#include <prtos/arch.h>
#include <prtos/boot.h>
#include <prtos/console.h>
#include <prtos/cpus.h>
#include <prtos/part.h>
#include <prtos/printk.h>
#include <prtos/sched.h>
#include <prtos/port.h>
#include <prtos/pool.h>
#include <prtos/tracing.h>
#include <prtos/hm_log.h>
#include <prtos/version.h>
#include <prtos/uart.h>
#include <prtos/smp.h>

/* The hypervisor console: the platform's first UART. */
#define CONSOLE_UART 0

#ifdef CONFIG_DEBUG
#define CORE_DEBUG_BUILD 1
#else
#define CORE_DEBUG_BUILD 0
#endif

void kernel_main(prtos_u32_t magic, const struct prtos_boot_info *info);

static void print_banner(void)
{
	printk("\nPRTOS hypervisor %u.%u.%u (%s, ABI %u.%u.%u)%s\n", PRTOS_VERSION,
	       PRTOS_SUBVERSION, PRTOS_REVISION, CONFIG_ARCH, PRTOS_ABI_VERSION,
	       PRTOS_ABI_SUBVERSION, PRTOS_ABI_REVISION, CORE_DEBUG_BUILD ? ", debug build" : "");
}

/*
 * The console runs at Kconfig's UART_BAUDRATE until the configuration is
 * accepted, then at the baudRate of the Uart the XML's hypervisor console names
 * (checked: 115200 divided by a whole number).
 */
static void console_configure(void)
{
	const struct prtos_conf_dev_ref *c = &prtos_conf->hyp.console;
	prtos_u32_t baud = CONFIG_UART_BAUDRATE;

	if (c->type == PRTOS_DEV_UART)
		baud = prtos_conf->devices.uarts[c->index].baud_rate; /* rule "consoles" */
	if (baud != CONFIG_UART_BAUDRATE)
		console_init(CONSOLE_UART, baud);
	printk("Console: %s at %u baud\n", uart_name(CONSOLE_UART), baud);
}

static void print_system(void)
{
	const struct prtos_conf_hypervisor *h = &prtos_conf->hyp;

	printk("System \"%s\": hypervisor at 0x%08x, %u KB; CPU %u kHz\n", prtos_conf->name,
	       h->start, h->size / 1024, arch_cpu_khz());
}

/* Every processor of the configuration begins plan 0 at the same time. */
static void start_scheduling(void)
{
	prtos_time_t origin;

#ifdef CONFIG_SMP
	if (smp_start_cpus())
		arch_machine_halt(2);
#endif
	printk("Starting the cyclic scheduler (plan 0) at %llu us\n", (prtos_u64_t)arch_now_us());
	origin = sched_first_frame();
#ifdef CONFIG_SMP
	smp_release(origin);
#endif
	sched_start(origin); /* never returns */
}

/* Entered from the loader with paging off and interrupts off. */
void kernel_main(prtos_u32_t magic, const struct prtos_boot_info *info)
{
	console_init(CONSOLE_UART, CONFIG_UART_BAUDRATE); /* first, so that errors can be seen */
	print_banner();
	cpus_init();	 /* this_cpu() */
	arch_cpu_init(); /* CPU tables, trap entries, interrupt controller */
	if (magic != PRTOS_BOOT_MAGIC || boot_container_init(info)) /* config from container */
		arch_machine_halt(2);
	if (pool_init(info)) /* the core's pools, sized by the configuration, zeroed */
		arch_machine_halt(2);
	console_configure();
	arch_time_init(); /* the time base (its calibration overlaps what follows) */
	arch_mm_init();	  /* the core's page tables, paging on */
	if (cpus_check()) /* the configuration's processors: present, and run by this core */
		arch_machine_halt(2);
	port_init();	   /* channel buffers from their pool */
	trace_init();	   /* trace streams in their memory blocks */
	hm_store_init();   /* the HM log, kept across warm resets in its block */
	part_init_all();   /* address spaces, images, control tables */
	print_system();	   /* the clock's rate, measured by now */
	arch_timer_init(); /* the one-shot timer */
	part_print_table();
	sched_init(); /* plan 0 of this CPU */
	start_scheduling();
}
