/* ports_notify, P0 (system): the source of a multicast sampling channel (P1, P2), of a
 * queuing channel (P1) and of IPVI0 (P1). Checks, through the board the readers fill,
 * that each virtual interrupt reaches exactly the partitions the configuration names. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>
#include "board.h"

static int failures;
static volatile int queuing_hits;

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static void handler(trap_ctxt_t *ctxt)
{
	(void)ctxt;
	queuing_hits++;
}

/* Idles until cond() holds, at most 30 frames. */
static int wait_for(int (*cond)(void))
{
	int i;

	for (i = 0; i < 30 && !cond(); i++)
		prtos_idle_self();
	return cond();
}

static int readers_ready(void)
{
	return BOARD->ready[1] && BOARD->ready[2];
}
static int both_sampled(void)
{
	return BOARD->samp[1] >= 1 && BOARD->samp[2] >= 1;
}
static int queue_done(void)
{
	return BOARD->received && BOARD->probed;
}
static int ipvi_seen(void)
{
	return BOARD->ipvi[1] >= 1;
}

void partition_main(void)
{
	int sout, qout, i;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_QUEUING_PORT), handler);
	prtos_clear_irqmask(0, 1 << PRTOS_VT_EXT_QUEUING_PORT);
	hw_sti();
	sout = prtos_create_sampling_port("SOut", 16, PRTOS_SOURCE_PORT, 0);
	qout = prtos_create_queuing_port("QOut", 2, 16, PRTOS_SOURCE_PORT);
	check(sout == 0 && qout == 1 && wait_for(readers_ready), "ports created, readers ready");

	check(prtos_write_sampling_message(sout, "tick-1", 7) == PRTOS_OK, "sampling write");
	check(wait_for(both_sampled), "SAMPLING_PORT arrived in both destinations");
	check(!strcmp(BOARD->seen[1], "tick-1") && !strcmp(BOARD->seen[2], "tick-1"),
	      "both destinations read tick-1 (multicast)");
	check(BOARD->queu[1] == 0 && BOARD->queu[2] == 0 && BOARD->ipvi[1] == 0 &&
		      BOARD->ipvi[2] == 0 && queuing_hits == 0,
	      "no other virq yet");

	check(prtos_send_queuing_message(qout, "hello-q", 8) == PRTOS_OK, "queuing send");
	BOARD->step = 2;
	check(wait_for(queue_done), "P1 received, P2 probed");
	check(BOARD->received == 8 && !strcmp(BOARD->got, "hello-q"), "P1 received hello-q");
	check(BOARD->probed == 1,
	      "P2: descriptors -1..63 (P1's indices too) refused on every call it does not own");
	for (i = 0; i < 3; i++)
		prtos_idle_self();
	check(BOARD->queu[1] == 1, "QUEUING_PORT in the destination on send");
	check(BOARD->queu[2] == 0, "no QUEUING_PORT in the partition off the channel");
	check(queuing_hits == 1, "QUEUING_PORT in the sender on receive");
	check(BOARD->samp[1] == 1 && BOARD->samp[2] == 1, "no extra SAMPLING_PORT");

	check(prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0) == PRTOS_OK, "raise IPVI0");
	check(wait_for(ipvi_seen), "IPVI0 arrived in P1");
	for (i = 0; i < 3; i++)
		prtos_idle_self();
	check(BOARD->ipvi[1] == 1 && BOARD->ipvi[2] == 0, "IPVI0 only in its destination");
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
