/* Benchmarks: what only a partition has: its console, and the core's TSC rate. */
#include <prtos.h>
#include <stdio.h>
#include "bench.h"

void bench_puts(const char *s)
{
	printf("%s", s);
}

void bench_to_jitter(uint32_t *t, uint32_t n, uint32_t period_us)
{
	uint64_t khz = prtos_get_pct()->cpu_khz;
	uint32_t first = t[0], k;
	int32_t delay, min = 0;

	for (k = 0; k < n; k++) {
		delay = (int32_t)(t[k] - first - (uint32_t)((uint64_t)k * period_us * khz / 1000));
		t[k] = (uint32_t)delay;
		if (delay < min)
			min = delay;
	}
	for (k = 0; k < n; k++)
		t[k] = (uint32_t)((int32_t)t[k] - min);
}
