/* panic: report a broken hypervisor invariant and stop the machine. */
#include <prtos/panic.h>
#include <prtos/printk.h>
#include <prtos/arch.h>

void panic(const char *fmt, ...)
{
	char buf[200];
	va_list_k ap;

	__builtin_va_start(ap, fmt);
	vsnprintk(buf, sizeof(buf), fmt, ap);
	__builtin_va_end(ap);
	printk("\nPRTOS PANIC: %s\n", buf);
	arch_machine_halt(3);
}
