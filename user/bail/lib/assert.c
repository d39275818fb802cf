/* assert()'s failure path: say where, then halt the partition (<assert.h>). */
#include <assert.h>
#include <stdio.h>
#include <prtos.h>

void bail_assert_failed(const char *expr, const char *file, int line, const char *func)
{
	printf("[assert] %s:%d: %s: %s\n", file, line, func, expr);
	for (;;)
		prtos_halt_partition(PRTOS_PARTITION_SELF);
}
