/*
 * ipvi_flood, the flooder (normal, processor 0, the whole frame): raises its IPVI at
 * the guard on processor 1 as fast as it can, for ever.
 */
#include <prtos.h>
#include <stdio.h>
#include "smp_report.h"

#ifndef RAISE
#define RAISE prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0)
#endif

void partition_main(void)
{
	volatile prtos_u32_t n;
	prtos_u32_t bad = 0;

	printf("[Flooder] flooding IPVI 0 from processor %u\n", smp_apic_id());
	for (n = 0;; n++) {
		bad += RAISE != PRTOS_OK;
		if (n == 100000)
			printf("[Flooder] %u raises, %u refused\n", n, bad);
	}
}
