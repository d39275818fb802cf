/* helloworld: the smallest PRTOS system. One system partition greets, checks two
 * things the hypervisor tells it, and halts the system, which ends the QEMU run. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

#define PRINT(...)                                      \
	do {                                            \
		printf("[P%d] ", PRTOS_PARTITION_SELF); \
		printf(__VA_ARGS__);                    \
	} while (0)

void partition_main(void)
{
	char greeting[32];
	int len = sprintf(greeting, "[P%d] Hello World!\n", PRTOS_PARTITION_SELF);
	int ok;

	/* The console hypercall returns how many bytes it wrote: all of them. */
	ok = prtos_write_console(greeting, len) == len;
	/* The control table holds the name the XML gives this partition. */
	ok = ok && strcmp(prtos_get_pct()->name, "Partition0") == 0;
	PRINT(ok ? "Verification Passed\n" : "Verification Failed\n");
	prtos_halt_system();
}
