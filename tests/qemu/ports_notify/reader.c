/* ports_notify, P1 and P2 (one object): count the port virqs and IPVI0 on the board, read
 * the sampling message when told, and (P1) receive the queued message. P2 has a single port
 * (descriptor 0) and tries every other descriptor, including P1's indices, on every call. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>
#include "board.h"

static volatile int hits[PRTOS_VT_EXT_MAX];

static void handler(trap_ctxt_t *ctxt)
{
	hits[(ctxt->irq_nr - BAIL_PRTOSEXT_TRAP(0)) & 31]++;
}

/* P2: every descriptor but its own sampling destination (0, read only) is refused. */
static int probe(void)
{
	char buf[16];
	prtos_u32_t flags;
	prtos_sampling_port_status_t ss;
	prtos_queuing_port_status_t qs;
	prtos_s32_t d;
	int ok = 1;

	for (d = -1; d < 64; d++) {
		ok &= prtos_write_sampling_message(d, "evil", 5) == PRTOS_INVALID_PARAM;
		ok &= prtos_send_queuing_message(d, "evil", 5) == PRTOS_INVALID_PARAM;
		ok &= prtos_receive_queuing_message(d, buf, 16) == PRTOS_INVALID_PARAM;
		ok &= prtos_get_queuing_port_status(d, &qs) == PRTOS_INVALID_PARAM;
		if (d != 0) {
			ok &= prtos_read_sampling_message(d, buf, 16, &flags) ==
			      PRTOS_INVALID_PARAM;
			ok &= prtos_get_sampling_port_status(d, &ss) == PRTOS_INVALID_PARAM;
		}
	}
	ok &= prtos_create_queuing_port("QIn", 2, 16, PRTOS_DESTINATION_PORT) ==
	      PRTOS_INVALID_CONFIG; /* P1's port name */
	ok &= prtos_create_sampling_port("SOut", 16, PRTOS_SOURCE_PORT, 0) ==
	      PRTOS_INVALID_CONFIG; /* P0's port name */
	return ok;
}

void partition_main(void)
{
	int self = PRTOS_PARTITION_SELF, sin, qin = -1, last_samp = 0;
	prtos_u32_t flags;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SAMPLING_PORT), handler);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_QUEUING_PORT), handler);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_IPVI0), handler);
	prtos_clear_irqmask(0, (1 << PRTOS_VT_EXT_SAMPLING_PORT) |
				       (1 << PRTOS_VT_EXT_QUEUING_PORT) |
				       (1 << PRTOS_VT_EXT_IPVI0));
	hw_sti();
	sin = prtos_create_sampling_port("SIn", 16, PRTOS_DESTINATION_PORT, 0);
	if (self == 1)
		qin = prtos_create_queuing_port("QIn", 2, 16, PRTOS_DESTINATION_PORT);
	printf("[P%d] SIn %d QIn %d\n", self, sin, qin);
	BOARD->ready[self] = sin == 0 && (self == 2 || qin == 1);
	for (;;) {
		BOARD->samp[self] = hits[PRTOS_VT_EXT_SAMPLING_PORT];
		BOARD->queu[self] = hits[PRTOS_VT_EXT_QUEUING_PORT];
		BOARD->ipvi[self] = hits[PRTOS_VT_EXT_IPVI0];
		if (hits[PRTOS_VT_EXT_SAMPLING_PORT] != last_samp) {
			last_samp = hits[PRTOS_VT_EXT_SAMPLING_PORT];
			prtos_read_sampling_message(sin, BOARD->seen[self], 16, &flags);
		}
		if (BOARD->step == 2 && self == 2 && !BOARD->probed)
			BOARD->probed = probe() ? 1 : -1;
		if (BOARD->step == 2 && self == 1 && BOARD->probed && !BOARD->received)
			BOARD->received = prtos_receive_queuing_message(qin, BOARD->got, 16);
		prtos_idle_self();
	}
}
