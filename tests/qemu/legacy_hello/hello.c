/* legacy_hello: the classic PRTOS example, as written for PRTOS (never halts). */
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
	PRINT("I am %s\n", prtos_get_pct0()->name);

	while (1)
		prtos_idle_self();
}
