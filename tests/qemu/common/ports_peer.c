/* Shared by ports_api and ports_pointers, P1: owns ports and memory P0 must not reach, and is the destination of P0's IPVI0.
 * It fills its own channels once, then checks every slot that nothing changed them. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>

static volatile int ipvi_hits;

static void ipvi_handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	ipvi_hits++;
}

void partition_main(void)
{
	prtos_queuing_port_status_t qs;
	prtos_sampling_port_status_t ss;
	char buf[16];
	prtos_u32_t flags;
	int so, si, qo, qi, reported = 0, bad = 0;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0), ipvi_handler);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_IPVI0);
	hw_sti();
	so = prtos_create_sampling_port("OtherOut", 16, PRTOS_SOURCE_PORT, 0);
	si = prtos_create_sampling_port("OtherIn", 16, PRTOS_DESTINATION_PORT, 0);
	qo = prtos_create_queuing_port("OtherQOut", 4, 16, PRTOS_SOURCE_PORT);
	qi = prtos_create_queuing_port("OtherQIn", 4, 16, PRTOS_DESTINATION_PORT);
	prtos_write_sampling_message(so, "other", 6);
	prtos_send_queuing_message(qo, "q1", 3);
	prtos_send_queuing_message(qo, "q2", 3);
	printf("[P1] ready: descriptors %d %d %d %d\n", so, si, qo, qi);
	for (;;) {
		prtos_idle_self();
		if (prtos_get_queuing_port_status(qi, &qs) != PRTOS_OK || qs.num_of_msgs != 2 ||
		    prtos_get_sampling_port_status(si, &ss) != PRTOS_OK || ss.last_msg_size != 6 ||
		    prtos_read_sampling_message(si, buf, sizeof(buf), &flags) != 6 ||
		    strcmp(buf, "other")) {
			if (!bad)
				printf("[P1] FAIL: my channels were changed\n");
			bad = 1;
		}
		if (ipvi_hits == 2 && !reported) {
			printf("[P1] IPVI0 arrived 2 times\n");
			reported = 1;
		}
		if (ipvi_hits > 2 && reported != 2) {
			printf("[P1] FAIL: IPVI0 arrived %d times\n", ipvi_hits);
			reported = 2;
		}
	}
}
