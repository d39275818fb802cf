/*
 * redteam5_ipvi_dual, the flooder (normal, vCPU 0 on processor 0, vCPU 1 on processor 1):
 * both vCPUs raise IPVI 0 at the guard without pause, alternating prtos_raise_ipvi and
 * prtos_raise_partition_ipvi, with a bad number now and then (refused).
 */
#include <prtos.h>
#include <stdio.h>
#include "smp_report.h"

static volatile prtos_u32_t n[2], bad[2];

void partition_main(void)
{
	prtos_u32_t v = prtos_get_vcpuid() & 1;
	prtos_s32_t r;

	if (v == 0)
		setup_vcpus();
	printf("[Flooder] vCPU %u flooding IPVI 0 from processor %u\n", v, smp_apic_id());
	for (;;) {
#ifdef NO_RAISE
		continue; /* the baseline: the same slots, no IPVI */
#endif
		n[v]++;
		r = (n[v] & 1) ? prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0)
			       : prtos_raise_partition_ipvi(0, PRTOS_VT_EXT_IPVI0);
		bad[v] += r != PRTOS_OK;
		if ((n[v] & 63) == 0) {
			r = prtos_raise_partition_ipvi(0,
						       PRTOS_VT_EXT_IPVI0 + 1); /* not in the XML */
			bad[v] += r != PRTOS_INVALID_CONFIG;
			r = prtos_raise_partition_ipvi(7,
						       PRTOS_VT_EXT_IPVI0); /* no such partition */
			bad[v] += r != PRTOS_INVALID_PARAM && r != PRTOS_INVALID_CONFIG;
		}
		if (v == 0 && n[0] == 60000)
			printf("[Flooder] %u/%u raises, %u/%u wrong return codes\n", n[0], n[1],
			       bad[0], bad[1]);
	}
}
