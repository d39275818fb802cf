/*
 * The resident loader: checks the container appended to it, copies the core
 * and the container into the hypervisor's memory area and starts the core.
 * A container that fails any check is refused with a message; nothing runs.
 */
#include <prtos/container.h>
#include <prtos/config_blob.h>
#include <prtos/printk.h>
#include <prtos/string.h>
#include <prtos/uart.h>
#include <prtos/config_check.h>
#include "container.h"

#define MB_BOOT_MAGIC 0x2BADB002U
#define MB_INFO_MEM 0x1U
#define LOADER_EXIT_REFUSED 4
#define QEMU_DEBUG_EXIT_PORT 0xF4

struct multiboot_info {
	prtos_u32_t flags, mem_lower, mem_upper;
};

extern prtos_u8_t __rsw_end[];
static struct prtos_boot_info boot_info;

void loader_main(prtos_u32_t mb_magic, const struct multiboot_info *mbi);

void printk(const char *fmt, ...)
{
	char buf[200];
	va_list_k ap;
	int n;

	__builtin_va_start(ap, fmt);
	n = vsnprintk(buf, sizeof(buf), fmt, ap);
	__builtin_va_end(ap);
	uart_write(buf, n < (int)sizeof(buf) ? (prtos_u32_t)n : sizeof(buf) - 1);
}

static void loader_stop(void) __attribute__((noreturn));
static void loader_stop(void)
{
	printk("PRTOS loader: boot refused, system halted\n");
#ifdef CONFIG_QEMU_DEBUG_EXIT
	__asm__ volatile("outb %0, %1"
			 :
			 : "a"((prtos_u8_t)LOADER_EXIT_REFUSED),
			   "Nd"((prtos_u16_t)QEMU_DEBUG_EXIT_PORT));
#endif
	for (;;)
		__asm__ volatile("cli; hlt");
}

static prtos_u64_t rdtsc(void)
{
	prtos_u32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((prtos_u64_t)hi << 32) | lo;
}

/* Bytes of the container the boot loader put in memory, as far as it told us. */
static prtos_u32_t container_room(const struct multiboot_info *mbi)
{
	prtos_u32_t top = 0x100000U + 1024U * 1024U * 32U; /* assume 32 MiB without info */

	if (mbi && (mbi->flags & MB_INFO_MEM))
		top = 0x100000U + mbi->mem_upper * 1024U;
	return top > (prtos_u32_t)__rsw_end ? top - (prtos_u32_t)__rsw_end : 0;
}

static void refuse(const struct container_error *err)
{
	char msg[160];

	container_error_format(err, msg, sizeof(msg));
	printk("PRTOS loader: %s\n", msg);
	loader_stop();
}

/* "PRTOS loader: configuration: <what>" (config_error_format) */
static void refuse_config(const struct config_error *e)
{
	char what[CONFIG_CHECK_TEXT_MAX];

	config_error_format(e, what, sizeof(what));
	printk("PRTOS loader: configuration: %s\n", what);
	loader_stop();
}

/* What the configuration hands out must be the machine's RAM ("machine RAM"). */
static void check_machine_ram(const struct prtos_config *cfg)
{
	struct config_ram ram[CONFIG_CHECK_RAM_RANGES];
	struct config_error cerr = {0};
	prtos_u32_t i, n = arch_config_machine_ram(&boot_info, ram, CONFIG_CHECK_RAM_RANGES);

	if (!config_check_ram(cfg, ram, n, &cerr))
		return;
	for (i = 0; i < n; i++)
		printk("PRTOS loader: machine RAM 0x%08x-0x%08x\n", ram[i].start,
		       (prtos_u32_t)(ram[i].end - 1));
	refuse_config(&cerr);
}

/*
 * Places the core at its load address and the container right after it, below the
 * core's pools (container_check and config_check's "core pools" made sure they fit).
 */
static void place_core_and_container(const void *c, prtos_u32_t total)
{
	const struct prtos_container_entry *core = container_find(c, PRTOS_ENTRY_CORE, 0, 0);
	prtos_u32_t copy = container_copy_addr(c);

	memcpy((void *)copy, c, total); /* first: the core may overlap the original */
	c = (const void *)copy;
	core = container_find(c, PRTOS_ENTRY_CORE, 0, 0);
	memcpy((void *)core->load_addr, container_payload(c, core), core->file_size);
	memset((prtos_u8_t *)core->load_addr + core->file_size, 0,
	       core->mem_size - core->file_size);
	boot_info.container = copy;
	boot_info.container_size = total;
}

void loader_main(prtos_u32_t mb_magic, const struct multiboot_info *mbi)
{
	const void *c = __rsw_end;
	struct container_error err;
	struct config_error cerr;
	prtos_u64_t checked;
	prtos_u32_t entry;

	uart_init(0, CONFIG_UART_BAUDRATE);
	printk("\nPRTOS loader: checking the container at 0x%08x\n", (prtos_u32_t)c);
	if (mb_magic != MB_BOOT_MAGIC)
		mbi = NULL;
	if (container_check(c, container_room(mbi), &err))
		refuse(&err);
	checked = rdtsc();
	if (config_check(container_config(c), &cerr)) /* what the configuration says */
		refuse_config(&cerr);
	checked = rdtsc() - checked;
	printk("PRTOS loader: configuration checked in %u TSC cycles\n", (prtos_u32_t)checked);
	boot_info.mem_upper_kb = mbi && (mbi->flags & MB_INFO_MEM) ? mbi->mem_upper : 0;
	check_machine_ram(container_config(c));
	entry = container_core_info(c)->boot_entry;
	printk("PRTOS loader: container OK, starting the core at 0x%08x\n", entry);
	place_core_and_container(c, container_hdr(c)->total_size);
	__asm__ volatile("jmp *%2" : : "a"(PRTOS_BOOT_MAGIC), "b"(&boot_info), "r"(entry));
	__builtin_unreachable();
}
