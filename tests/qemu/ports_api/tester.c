/* ports_api, P0 (system): every port hypercall against channels whose both ends P0 owns,
 * so each result can be checked at once. P1 owns the ports P0 must not reach. */
#include <prtos.h>
#include <stdio.h>
#include <string.h>
#include <irqs.h>

/* Descriptors are indices into P0's PortTable (doc/ports.md). */
enum { LOC_OUT, LOC_IN, VAL_OUT, VAL_IN, Q_OUT, Q_IN, SPARE, NUM_PORTS };

#define VALID_PERIOD 5000LL

static int failures;
static volatile int virqs[PRTOS_VT_EXT_MAX];

static void check(int ok, const char *what)
{
	printf("[P0] %s: %s\n", ok ? "ok" : "FAIL", what);
	if (!ok)
		failures++;
}

static void virq_handler(trap_ctxt_t *ctxt)
{
	virqs[(ctxt->irq_nr - BAIL_PRTOSEXT_TRAP(0)) & 31]++;
}

static void test_create(void)
{
	check(prtos_create_sampling_port("LocOut", 16, PRTOS_SOURCE_PORT, 0) == LOC_OUT,
	      "create sampling source, descriptor = index in own PortTable");
	check(prtos_create_sampling_port("LocOut", 16, PRTOS_SOURCE_PORT, PRTOS_INFINITE_TIME) ==
		      LOC_OUT,
	      "create twice returns the same descriptor (INFINITE_TIME = no validPeriod)");
	check(prtos_create_sampling_port("LocOut", 8, PRTOS_SOURCE_PORT, 0) == PRTOS_INVALID_CONFIG,
	      "wrong sampling size refused");
	check(prtos_create_sampling_port("LocOut", 16, PRTOS_DESTINATION_PORT, 0) ==
		      PRTOS_INVALID_CONFIG,
	      "wrong sampling direction refused");
	check(prtos_create_sampling_port("LocOut", 16, 3, 0) == PRTOS_INVALID_CONFIG,
	      "direction 3 refused");
	check(prtos_create_sampling_port("LocOut", 16, PRTOS_SOURCE_PORT, 1000) ==
		      PRTOS_INVALID_CONFIG,
	      "a period where the XML has none refused");
	check(prtos_create_queuing_port("LocOut", 4, 16, PRTOS_SOURCE_PORT) == PRTOS_INVALID_CONFIG,
	      "sampling port created as queuing refused");
	check(prtos_create_sampling_port("NoSuch", 16, PRTOS_SOURCE_PORT, 0) ==
		      PRTOS_INVALID_CONFIG,
	      "unknown name refused");
	check(prtos_create_sampling_port("locout", 16, PRTOS_SOURCE_PORT, 0) ==
		      PRTOS_INVALID_CONFIG,
	      "names are case-sensitive");
	check(prtos_create_sampling_port("OtherOut", 16, PRTOS_SOURCE_PORT, 0) ==
		      PRTOS_INVALID_CONFIG,
	      "another partition's sampling port name refused");
	check(prtos_create_sampling_port("OtherIn", 16, PRTOS_DESTINATION_PORT, 0) ==
		      PRTOS_INVALID_CONFIG,
	      "another partition's destination name refused");
	check(prtos_create_queuing_port("OtherQIn", 4, 16, PRTOS_DESTINATION_PORT) ==
		      PRTOS_INVALID_CONFIG,
	      "another partition's queuing port name refused");
	check(prtos_create_sampling_port("Spare", 16, PRTOS_SOURCE_PORT, 0) == PRTOS_INVALID_CONFIG,
	      "a port on no channel cannot be created");

	check(prtos_create_sampling_port("ValOut", 8, PRTOS_SOURCE_PORT, 0) == PRTOS_INVALID_CONFIG,
	      "period 0 where the XML says 5ms refused");
	check(prtos_create_sampling_port("ValOut", 8, PRTOS_SOURCE_PORT, PRTOS_INFINITE_TIME) ==
		      PRTOS_INVALID_CONFIG,
	      "INFINITE_TIME where the XML says 5ms refused");
	check(prtos_create_sampling_port("ValOut", 8, PRTOS_SOURCE_PORT, VALID_PERIOD - 1) ==
		      PRTOS_INVALID_CONFIG,
	      "period 4999 us refused");
	check(prtos_create_sampling_port("ValOut", 8, PRTOS_SOURCE_PORT, VALID_PERIOD) == VAL_OUT,
	      "create with the XML period");
	check(prtos_create_sampling_port("ValIn", 8, PRTOS_DESTINATION_PORT, VALID_PERIOD) ==
		      VAL_IN,
	      "create destination with the XML period");

	check(prtos_create_queuing_port("QOut", 5, 16, PRTOS_SOURCE_PORT) == PRTOS_INVALID_CONFIG,
	      "wrong queuing count refused");
	check(prtos_create_queuing_port("QOut", 4, 8, PRTOS_SOURCE_PORT) == PRTOS_INVALID_CONFIG,
	      "wrong queuing size refused");
	check(prtos_create_queuing_port("QOut", 4, 16, PRTOS_DESTINATION_PORT) ==
		      PRTOS_INVALID_CONFIG,
	      "wrong queuing direction refused");
	check(prtos_create_sampling_port("QOut", 16, PRTOS_SOURCE_PORT, 0) == PRTOS_INVALID_CONFIG,
	      "queuing port created as sampling refused");
	check(prtos_create_queuing_port("QOut", 4, 16, PRTOS_SOURCE_PORT) == Q_OUT,
	      "create queuing source");
	check(prtos_create_queuing_port("QOut", 4, 16, PRTOS_SOURCE_PORT) == Q_OUT,
	      "create queuing twice returns the same descriptor");
}

static void test_descriptors(void)
{
	static const prtos_s32_t bad[] = {
		-1, NUM_PORTS, 8, 31, 99, 0x7FFFFFFF, (prtos_s32_t)0x80000000};
	char buf[16] = "x";
	prtos_u32_t flags, i;
	prtos_sampling_port_status_t ss;
	prtos_queuing_port_status_t qs;
	int all = 1;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		all &= prtos_write_sampling_message(bad[i], buf, 1) == PRTOS_INVALID_PARAM;
		all &= prtos_read_sampling_message(bad[i], buf, 16, &flags) == PRTOS_INVALID_PARAM;
		all &= prtos_send_queuing_message(bad[i], buf, 1) == PRTOS_INVALID_PARAM;
		all &= prtos_receive_queuing_message(bad[i], buf, 16) == PRTOS_INVALID_PARAM;
		all &= prtos_get_sampling_port_status(bad[i], &ss) == PRTOS_INVALID_PARAM;
		all &= prtos_get_queuing_port_status(bad[i], &qs) == PRTOS_INVALID_PARAM;
	}
	check(all, "descriptors -1, 7, 8, 31, 99, INT_MAX, INT_MIN refused by all six calls");

	/* LocIn and QIn are configured but not created yet. */
	check(prtos_read_sampling_message(LOC_IN, buf, 16, &flags) == PRTOS_INVALID_PARAM,
	      "read from a port not created yet refused");
	check(prtos_get_sampling_port_status(LOC_IN, &ss) == PRTOS_INVALID_PARAM,
	      "status of a port not created yet refused");
	check(prtos_receive_queuing_message(Q_IN, buf, 16) == PRTOS_INVALID_PARAM,
	      "receive from a port not created yet refused");
	check(prtos_write_sampling_message(SPARE, buf, 1) == PRTOS_INVALID_PARAM,
	      "write to the port on no channel refused");
	check(prtos_create_sampling_port("LocIn", 16, PRTOS_DESTINATION_PORT, 0) == LOC_IN,
	      "create sampling destination");
	check(prtos_create_queuing_port("QIn", 4, 16, PRTOS_DESTINATION_PORT) == Q_IN,
	      "create queuing destination");

	check(prtos_write_sampling_message(LOC_IN, buf, 1) == PRTOS_INVALID_PARAM,
	      "write to a destination port refused");
	check(prtos_read_sampling_message(LOC_OUT, buf, 16, &flags) == PRTOS_INVALID_PARAM,
	      "read from a source port refused");
	check(prtos_send_queuing_message(Q_IN, buf, 1) == PRTOS_INVALID_PARAM,
	      "send to a destination port refused");
	check(prtos_receive_queuing_message(Q_OUT, buf, 16) == PRTOS_INVALID_PARAM,
	      "receive from a source port refused");
	check(prtos_write_sampling_message(Q_OUT, buf, 1) == PRTOS_INVALID_PARAM &&
		      prtos_send_queuing_message(LOC_OUT, buf, 1) == PRTOS_INVALID_PARAM &&
		      prtos_read_sampling_message(Q_IN, buf, 16, &flags) == PRTOS_INVALID_PARAM &&
		      prtos_receive_queuing_message(LOC_IN, buf, 16) == PRTOS_INVALID_PARAM,
	      "a descriptor of the other port type refused");
	check(prtos_get_sampling_port_status(Q_OUT, &ss) == PRTOS_INVALID_PARAM &&
		      prtos_get_queuing_port_status(LOC_OUT, &qs) == PRTOS_INVALID_PARAM,
	      "status of the other port type refused");
}

static void test_sampling(void)
{
	prtos_sampling_port_status_t st;
	prtos_time_t t0, t1, now;
	char buf[16];
	prtos_u32_t flags = 0xAA;
	int w0 = virqs[PRTOS_VT_EXT_SAMPLING_PORT], r;

	memset(buf, '#', sizeof(buf));
	check(prtos_read_sampling_message(LOC_IN, buf, sizeof(buf), &flags) == 0 && flags == 0 &&
		      buf[0] == '#',
	      "a never-written port reads 0 bytes, no VALID flag, buffer untouched");
	check(prtos_get_sampling_port_status(LOC_IN, &st) == PRTOS_OK && st.last_msg_size == 0 &&
		      st.flags == PRTOS_COMM_EMPTY_PORT,
	      "status of a never-written port: EMPTY, size 0");
	prtos_get_time(PRTOS_HW_CLOCK, &t0);
	check(prtos_write_sampling_message(LOC_OUT, "first", 6) == PRTOS_OK, "write first");
	check(prtos_write_sampling_message(LOC_OUT, "second!", 8) == PRTOS_OK, "write second");
	prtos_get_time(PRTOS_HW_CLOCK, &t1);
	check(prtos_get_sampling_port_status(LOC_IN, &st) == PRTOS_OK && st.last_msg_size == 8 &&
		      st.flags == PRTOS_COMM_NEW_MSG && st.timestamp >= t0 && st.timestamp <= t1,
	      "status: NEW, size 8, timestamp of the write");
	r = prtos_read_sampling_message(LOC_IN, buf, sizeof(buf), &flags);
	check(r == 8 && !strcmp(buf, "second!") && flags == PRTOS_COMM_MSG_VALID,
	      "sampling port holds the last value only (VALID, no validPeriod)");
	check(prtos_get_sampling_port_status(LOC_IN, &st) == PRTOS_OK &&
		      st.flags == PRTOS_COMM_CONSUMED_MSG,
	      "status after a read: CONSUMED");
	memset(buf, 0, sizeof(buf));
	check(prtos_read_sampling_message(LOC_IN, buf, sizeof(buf), &flags) == 8 &&
		      !strcmp(buf, "second!"),
	      "reading does not consume a sampling message");
	check(prtos_write_sampling_message(LOC_OUT, buf, 17) == PRTOS_INVALID_PARAM &&
		      prtos_write_sampling_message(LOC_OUT, buf, 0xFFFFFFFF) ==
			      PRTOS_INVALID_PARAM &&
		      prtos_write_sampling_message(LOC_OUT, buf, 0) == PRTOS_INVALID_PARAM,
	      "sampling write of 17, 0xFFFFFFFF or 0 bytes refused");
	memset(buf, '#', sizeof(buf));
	check(prtos_read_sampling_message(LOC_IN, buf, 7, &flags) == PRTOS_INVALID_PARAM &&
		      buf[0] == '#',
	      "read into a 7-byte buffer of an 8-byte message refused, buffer untouched");
	check(prtos_read_sampling_message(LOC_IN, buf, 8, &flags) == 8 && !strcmp(buf, "second!"),
	      "refused writes and reads changed nothing");
	check(prtos_write_sampling_message(LOC_OUT, "0123456789abcde", 16) == PRTOS_OK &&
		      prtos_read_sampling_message(LOC_IN, buf, 16, &flags) == 16 &&
		      !memcmp(buf, "0123456789abcde", 16),
	      "a message of exactly maxMessageLength");
	check(virqs[PRTOS_VT_EXT_SAMPLING_PORT] - w0 == 3,
	      "each write raised SAMPLING_PORT in the destination (3 writes, 3 virqs)");

	/* validPeriod 5 ms */
	check(prtos_write_sampling_message(VAL_OUT, "fresh", 6) == PRTOS_OK, "write ValOut");
	check(prtos_read_sampling_message(VAL_IN, buf, 8, &flags) == 6 &&
		      flags == PRTOS_COMM_MSG_VALID,
	      "a message younger than validPeriod is VALID");
	prtos_get_sampling_port_status(VAL_IN, &st);
	do {
		prtos_idle_self();
		prtos_get_time(PRTOS_HW_CLOCK, &now);
	} while (now <= st.timestamp + VALID_PERIOD + 1000);
	memset(buf, 0, sizeof(buf));
	flags = 0xAA;
	check(prtos_read_sampling_message(VAL_IN, buf, 8, &flags) == 6 && flags == 0 &&
		      !strcmp(buf, "fresh"),
	      "past validPeriod: same message, flags without VALID");
	check(prtos_write_sampling_message(VAL_OUT, "again", 6) == PRTOS_OK &&
		      prtos_read_sampling_message(VAL_IN, buf, 8, &flags) == 6 &&
		      flags == PRTOS_COMM_MSG_VALID && !strcmp(buf, "again"),
	      "a fresh write is VALID again");
}

static void msg_of(char *m, int seq, int len)
{
	int i;

	for (i = 0; i < len; i++)
		m[i] = (char)(seq * 7 + i);
}

static int recv_is(int seq, int len)
{
	char m[16], r[16];

	memset(r, 0, sizeof(r));
	msg_of(m, seq, len);
	return prtos_receive_queuing_message(Q_IN, r, sizeof(r)) == len && !memcmp(m, r, len);
}

static int send_seq(int seq, int len)
{
	char m[16];

	msg_of(m, seq, len);
	return prtos_send_queuing_message(Q_OUT, m, len) == PRTOS_OK;
}

static prtos_u32_t qcount(prtos_s32_t d)
{
	prtos_queuing_port_status_t st;

	st.num_of_msgs = 0xDEAD;
	if (prtos_get_queuing_port_status(d, &st) != PRTOS_OK)
		return 0xBAD;
	return st.num_of_msgs;
}

static void test_queuing(void)
{
	static const int len[] = {10, 5, 16, 1};
	char buf[16];
	int v0 = virqs[PRTOS_VT_EXT_QUEUING_PORT], i, s, r, ok;

	check(prtos_receive_queuing_message(Q_IN, buf, 16) == PRTOS_OP_NOT_ALLOWED &&
		      qcount(Q_IN) == 0,
	      "receive from an empty queue: OP_NOT_ALLOWED");
	ok = 1;
	for (i = 0; i < 4; i++)
		ok &= send_seq(i, len[i]);
	check(ok && qcount(Q_IN) == 4 && qcount(Q_OUT) == 4, "4 messages fill the queue");
	check(!send_seq(9, 3), "send to a full queue refused");
	msg_of(buf, 9, 3);
	check(prtos_send_queuing_message(Q_OUT, buf, 3) == PRTOS_OP_NOT_ALLOWED &&
		      qcount(Q_IN) == 4,
	      "full queue: OP_NOT_ALLOWED, count stays 4");
	check(prtos_receive_queuing_message(Q_IN, buf, 9) == PRTOS_INVALID_PARAM &&
		      qcount(Q_IN) == 4,
	      "receive of a 10-byte message into 9 bytes refused, message stays");
	check(prtos_send_queuing_message(Q_OUT, buf, 17) == PRTOS_INVALID_PARAM &&
		      prtos_send_queuing_message(Q_OUT, buf, 0) == PRTOS_INVALID_PARAM,
	      "queuing send of 17 or 0 bytes refused");
	ok = 1;
	for (i = 0; i < 4; i++)
		ok &= recv_is(i, len[i]);
	check(ok, "FIFO order and sizes kept; the refused send did not enter");
	check(prtos_receive_queuing_message(Q_IN, buf, 16) == PRTOS_OP_NOT_ALLOWED &&
		      qcount(Q_IN) == 0,
	      "drained: OP_NOT_ALLOWED again");
	check(virqs[PRTOS_VT_EXT_QUEUING_PORT] - v0 == 8,
	      "QUEUING_PORT raised on each send (destination) and receive (sender)");

	/* wrap-around: keep 3 queued and cycle 43 messages through the 4 slots; every
	 * 5th round the queue is filled and a send must be refused */
	s = 100;
	r = 100;
	ok = 1;
	for (i = 0; i < 3; i++, s++)
		ok &= send_seq(s, 1 + s % 16);
	for (i = 0; i < 40; i++) {
		ok &= recv_is(r, 1 + r % 16);
		r++;
		ok &= send_seq(s, 1 + s % 16);
		s++;
		if (i % 5 == 0) {
			ok &= send_seq(s, 1 + s % 16);
			s++;
			ok &= qcount(Q_IN) == 4 && !send_seq(999, 2);
			ok &= recv_is(r, 1 + r % 16);
			r++;
		}
	}
	while (r < s) {
		ok &= recv_is(r, 1 + r % 16);
		r++;
	}
	check(ok && s == 151 && qcount(Q_IN) == 0,
	      "wrap-around: 51 messages through 4 slots, in order, full queue refused");
}

static void test_info(void)
{
	prtos_sampling_port_info_t si;
	prtos_queuing_port_info_t qi;
	char val_in[] = "ValIn", loc_out[] = "LocOut", q_out[] = "QOut";

	check(prtos_get_sampling_port_info(val_in, &si) == PRTOS_OK && si.port_name == val_in &&
		      si.valid_period == VALID_PERIOD && si.max_msg_size == 8 &&
		      si.direction == PRTOS_DESTINATION_PORT,
	      "sampling info: ValIn 5000 us, 8 bytes, destination");
	check(prtos_get_sampling_port_info(loc_out, &si) == PRTOS_OK && si.valid_period == 0 &&
		      si.max_msg_size == 16 && si.direction == PRTOS_SOURCE_PORT,
	      "sampling info: LocOut no period, 16 bytes, source");
	check(prtos_get_queuing_port_info(q_out, &qi) == PRTOS_OK && qi.port_name == q_out &&
		      qi.max_msg_size == 16 && qi.max_num_of_msgs == 4 &&
		      qi.direction == PRTOS_SOURCE_PORT,
	      "queuing info: QOut 16 bytes, 4 messages, source");
	check(prtos_get_queuing_port_info("QIn", &qi) == PRTOS_OK &&
		      qi.direction == PRTOS_DESTINATION_PORT,
	      "queuing info: QIn destination");
	check(prtos_get_sampling_port_info("QOut", &si) == PRTOS_INVALID_CONFIG &&
		      prtos_get_queuing_port_info("LocOut", &qi) == PRTOS_INVALID_CONFIG,
	      "info of the other type refused");
	check(prtos_get_sampling_port_info("OtherOut", &si) == PRTOS_INVALID_CONFIG &&
		      prtos_get_queuing_port_info("OtherQIn", &qi) == PRTOS_INVALID_CONFIG &&
		      prtos_get_sampling_port_info("NoSuch", &si) == PRTOS_INVALID_CONFIG,
	      "info of another partition's or an unknown name refused");
}

static void test_ipvi(void)
{
	/* a pending bit: raises before P1 runs coalesce, so let P1 run between the two */
	check(prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0) == PRTOS_OK, "raise_ipvi IPVI0 (P0 -> P1)");
	prtos_idle_self();
	check(prtos_raise_partition_ipvi(1, PRTOS_VT_EXT_IPVI0) == PRTOS_OK,
	      "raise_partition_ipvi(1, IPVI0)");
	check(prtos_raise_ipvi(PRTOS_VT_EXT_IPVI1) == PRTOS_INVALID_CONFIG,
	      "IPVI1 (source P1) from P0: INVALID_CONFIG");
	check(prtos_raise_ipvi(PRTOS_VT_EXT_IPVI7) == PRTOS_INVALID_CONFIG,
	      "IPVI7 (not configured): INVALID_CONFIG");
	check(prtos_raise_partition_ipvi(0, PRTOS_VT_EXT_IPVI0) == PRTOS_INVALID_CONFIG,
	      "IPVI0 to P0 (not a destination): INVALID_CONFIG");
	check(prtos_raise_partition_ipvi(1, PRTOS_VT_EXT_IPVI1) == PRTOS_INVALID_CONFIG,
	      "IPVI1 to P1: INVALID_CONFIG");
	check(prtos_raise_ipvi(PRTOS_VT_EXT_IPVI0 - 1) == PRTOS_INVALID_PARAM &&
		      prtos_raise_ipvi(PRTOS_VT_EXT_IPVI7 + 1) == PRTOS_INVALID_PARAM &&
		      prtos_raise_ipvi(0) == PRTOS_INVALID_PARAM &&
		      prtos_raise_ipvi(PRTOS_VT_EXT_SAMPLING_PORT) == PRTOS_INVALID_PARAM &&
		      prtos_raise_ipvi(255) == PRTOS_INVALID_PARAM,
	      "raise_ipvi 23, 32, 0, 4, 255: INVALID_PARAM");
	check(prtos_raise_partition_ipvi(2, PRTOS_VT_EXT_IPVI0) == PRTOS_INVALID_PARAM &&
		      prtos_raise_partition_ipvi(99, PRTOS_VT_EXT_IPVI0) == PRTOS_INVALID_PARAM &&
		      prtos_raise_partition_ipvi(0xFFFFFFFF, PRTOS_VT_EXT_IPVI0) ==
			      PRTOS_INVALID_PARAM &&
		      prtos_raise_partition_ipvi(1, 32) == PRTOS_INVALID_PARAM &&
		      prtos_raise_partition_ipvi(1, 0) == PRTOS_INVALID_PARAM,
	      "raise_partition_ipvi to 2, 99, -1 or with 32, 0: INVALID_PARAM");
}

void partition_main(void)
{
	int i;

	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_SAMPLING_PORT), virq_handler);
	install_trap_handler(BAIL_PRTOSEXT_TRAP(PRTOS_VT_EXT_QUEUING_PORT), virq_handler);
	prtos_clear_irqmask(0,
			    (1 << PRTOS_VT_EXT_SAMPLING_PORT) | (1 << PRTOS_VT_EXT_QUEUING_PORT));
	hw_sti();
	prtos_idle_self(); /* P1 fills its own channels */
	test_create();
	test_descriptors();
	test_sampling();
	test_queuing();
	test_info();
	test_ipvi();
	for (i = 0; i < 4; i++)
		prtos_idle_self(); /* P1 reports its IPVIs and checks its channels */
	printf(failures ? "[P0] Verification Failed\n" : "[P0] Verification Passed\n");
	prtos_halt_system();
}
