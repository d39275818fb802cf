/* helloworld: the smallest PRTOS system. One system partition prints two lines
 * and halts the system, which ends the QEMU run. */
#include <prtos.h>
#include <stdio.h>

#define PRINT(...)                                      \
	do {                                            \
		printf("[P%d] ", PRTOS_PARTITION_SELF); \
		printf(__VA_ARGS__);                    \
	} while (0)

void partition_main(void)
{
	PRINT("Hello World!\n");
	PRINT("Verification Passed\n");
	prtos_halt_system();
}
