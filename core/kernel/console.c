/* The hypervisor console: printk and partition console output, both on the UART. */
#include <prtos/console.h>
#include <prtos/printk.h>
#include <prtos/uart.h>
#include <prtos/arch.h>
#include <prtos/spinlock.h>
#include <prtos/percpu.h>

#define PRINTK_BUF 256
#define PART_CHUNK 64 /* what console_write_partition filters at once */
#define CORE_PIECE 16 /* what the core writes with interrupts off */

static struct console_state state = {CONSOLE_SRC_CORE, 1, 0};
/*
 * The console's own lock: the core prints with the core lock held, and also in
 * stretches that run without it (preemption_open()). Taken last, with interrupts off.
 */
static struct spinlock console_lock = SPINLOCK_INIT;

void console_init(prtos_u32_t port_id, prtos_u32_t baud)
{
	uart_init(port_id, baud);
}

/*
 * The core's own output. Each piece goes to the device with interrupts off, as
 * partition output does: the console's state must describe the bytes the device
 * has, or another writer's bytes could land where the state does not expect them.
 */
void console_write(const char *buf, prtos_u32_t len)
{
	char out[1 + CONSOLE_CONTINUED_LEN + CORE_PIECE];
	prtos_u32_t done, n, taken, irq;

	for (done = 0; done < len; done += n) {
		n = len - done < CORE_PIECE ? len - done : CORE_PIECE;
		irq = arch_irq_save();
		spin_lock(&console_lock, LOCK_CONSOLE);
		uart_write(out, console_filter(&state, CONSOLE_SRC_CORE_CPU(this_cpu_id()),
					       buf + done, n, 0, out, sizeof(out), &taken));
		spin_unlock(&console_lock, LOCK_CONSOLE);
		arch_irq_restore(irq);
	}
}

prtos_u32_t console_write_partition(prtos_s32_t id, const char *in, prtos_u32_t n,
				    prtos_u32_t ahead)
{
	char out[1 + PART_CHUNK + CONSOLE_BYTE_MAX];
	prtos_u32_t taken;

	if (n > PART_CHUNK)
		n = PART_CHUNK;
	spin_lock(&console_lock, LOCK_CONSOLE); /* interrupts are off: a hypercall */
	uart_write(out, console_filter(&state, id, in, n, ahead, out, sizeof(out), &taken));
	spin_unlock(&console_lock, LOCK_CONSOLE);
	return taken;
}

void printk(const char *fmt, ...)
{
	char buf[PRINTK_BUF];
	va_list_k ap;
	int n;

	__builtin_va_start(ap, fmt);
	n = vsnprintk(buf, sizeof(buf), fmt, ap);
	__builtin_va_end(ap);
	if (n >= PRINTK_BUF)
		n = PRINTK_BUF - 1;
	console_write(buf, (prtos_u32_t)n);
}
