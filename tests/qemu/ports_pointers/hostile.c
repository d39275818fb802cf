/* ports_pointers, P0 (system): hands every port hypercall pointers into the hypervisor,
 * P1's memory, unmapped memory, its own read-only area (outputs only), a range that wraps,
 * NULL and a range running past its own area. Each call must return PRTOS_INVALID_PARAM and
 * change nothing: no message written, sent or consumed, no status output written. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>

enum { LOC_OUT, LOC_IN, VAL_OUT, VAL_IN, Q_OUT, Q_IN };

static const prtos_address_t bad[] = {
	0x01000000, /* hypervisor */
	0x06100000, /* P1's area */
	0x20000000, /* unmapped */
	0xFFFFFFF8, /* wraps past 4 GiB */
	0,	    /* NULL */
	0x060FFFFE, /* runs past the end of its own area (not for names: may hold "") */
	0x06300000, /* own read-only area: outputs only */
};
#define NBAD (sizeof(bad) / sizeof(bad[0]))
#define NAME_BAD 5  /* the first 5 are bad for names */
#define INPUT_BAD 6 /* the read-only area is a valid input */

static int failures, refused;

/* Counts the call as refused only when it returned PRTOS_INVALID_PARAM. */
static void expect_invalid(prtos_s32_t r, const char *call, prtos_address_t p)
{
	if (r == PRTOS_INVALID_PARAM) {
		refused++;
	} else {
		printf("[P0] FAIL: %s(0x%x) returned %d\n", call, p, r);
		failures++;
	}
}

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

void partition_main(void)
{
	prtos_sampling_port_status_t ss0, ss1;
	prtos_queuing_port_status_t qs;
	prtos_sampling_port_info_t si;
	prtos_queuing_port_info_t qi;
	char buf[16], sentinel[16];
	prtos_u32_t flags, i;
	int calls = 0;

	prtos_idle_self(); /* P1 fills its channels */
	check(prtos_create_sampling_port("LocOut", 16, PRTOS_SOURCE_PORT, 0) == LOC_OUT &&
		      prtos_create_sampling_port("LocIn", 16, PRTOS_DESTINATION_PORT, 0) ==
			      LOC_IN &&
		      prtos_create_queuing_port("QOut", 4, 16, PRTOS_SOURCE_PORT) == Q_OUT &&
		      prtos_create_queuing_port("QIn", 4, 16, PRTOS_DESTINATION_PORT) == Q_IN,
	      "ports created");
	check(prtos_write_sampling_message(LOC_OUT, "0123456789ABCDE", 16) == PRTOS_OK &&
		      prtos_send_queuing_message(Q_OUT, "oldest-message!", 16) == PRTOS_OK &&
		      prtos_send_queuing_message(Q_OUT, "second", 7) == PRTOS_OK,
	      "one sampling message written, two queued");
	prtos_get_sampling_port_status(LOC_IN, &ss0);

	for (i = 0; i < NBAD; i++) {
		prtos_address_t p = bad[i];

		if (i < NAME_BAD) {
			expect_invalid(
				prtos_create_sampling_port((char *)p, 16, PRTOS_SOURCE_PORT, 0),
				"create_sampling_port name", p);
			expect_invalid(
				prtos_create_queuing_port((char *)p, 4, 16, PRTOS_SOURCE_PORT),
				"create_queuing_port name", p);
			expect_invalid(prtos_get_sampling_port_info((char *)p, &si),
				       "get_sampling_port_info name", p);
			expect_invalid(prtos_get_queuing_port_info((char *)p, &qi),
				       "get_queuing_port_info name", p);
			calls += 4;
		}
		if (i < INPUT_BAD) {
			expect_invalid(prtos_write_sampling_message(LOC_OUT, (void *)p, 16),
				       "write_sampling_message msg", p);
			expect_invalid(prtos_send_queuing_message(Q_OUT, (void *)p, 16),
				       "send_queuing_message msg", p);
			calls += 2;
		}
		expect_invalid(prtos_read_sampling_message(LOC_IN, (void *)p, 16, &flags),
			       "read_sampling_message msg", p);
		memset(buf, '#', sizeof(buf));
		memcpy(sentinel, buf, sizeof(buf));
		expect_invalid(prtos_read_sampling_message(LOC_IN, buf, 16, (prtos_u32_t *)p),
			       "read_sampling_message flags", p);
		if (memcmp(buf, sentinel, sizeof(buf))) {
			printf("[P0] FAIL: a refused read (flags 0x%x) filled the buffer\n", p);
			failures++;
		}
		expect_invalid(prtos_receive_queuing_message(Q_IN, (void *)p, 16),
			       "receive_queuing_message msg", p);
		expect_invalid(prtos_get_sampling_port_status(LOC_IN, (void *)p),
			       "get_sampling_port_status", p);
		expect_invalid(prtos_get_queuing_port_status(Q_IN, (void *)p),
			       "get_queuing_port_status", p);
		expect_invalid(prtos_get_sampling_port_info("LocIn", (void *)p),
			       "get_sampling_port_info info", p);
		expect_invalid(prtos_get_queuing_port_info("QIn", (void *)p),
			       "get_queuing_port_info info", p);
		calls += 7;
	}
	printf("[P0] %d of %d calls with bad pointers refused\n", refused, calls);

	prtos_get_sampling_port_status(LOC_IN, &ss1);
	check(ss1.timestamp == ss0.timestamp && ss1.last_msg_size == 16 &&
		      ss1.flags == PRTOS_COMM_NEW_MSG,
	      "sampling message neither rewritten nor consumed");
	check(prtos_get_queuing_port_status(Q_IN, &qs) == PRTOS_OK && qs.num_of_msgs == 2,
	      "queue still holds 2 messages: no bad send entered, no bad receive consumed");
	memset(buf, 0, sizeof(buf));
	check(prtos_receive_queuing_message(Q_IN, buf, 16) == 16 && !strcmp(buf, "oldest-message!"),
	      "the next message received is still the oldest");
	check(prtos_read_sampling_message(LOC_IN, buf, 16, &flags) == 16 &&
		      !memcmp(buf, "0123456789ABCDE", 16),
	      "the sampling message is the one written");
	prtos_idle_self();
	prtos_idle_self(); /* P1 checks its channels once more */
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
