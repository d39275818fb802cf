/*
 * The trace export (Kconfig TRACE_EXPORT, on in the kernel tests): what the core sends
 * on the host's second UART, read back with prtostrace's own frame decoder. The hello
 * at boot; every hypervisor event whatever the XML's bitmask; a partition's records
 * only when its stream keeps them; a busy UART that fills the buffer, frames dropped
 * and counted, the backlog sent a bounded piece at a time once the UART takes bytes.
 */
#include "kfix.h"
#include "prtostrace.h"

#include <string.h>

#define N(name) PRTOS_HC_NR(name)
#define FRAME_SIZE (sizeof(struct trace_export_head) + sizeof(prtos_trace_event_t) + 4)
#define MAX_FRAMES 512

/* The frames the core sent from byte from of host.sent on. */
struct sent {
	struct tr_decoder d;
	struct tr_frame f[MAX_FRAMES];
	size_t n;
};

static void sent_decode(struct sent *s, size_t from)
{
	tr_decoder_init(&s->d, host.sent + from, host.sent_len - from);
	for (s->n = 0; s->n < MAX_FRAMES && tr_next_frame(&s->d, &s->f[s->n]); s->n++)
		;
	assert_int_equal(s->d.garbage, 0);
	assert_int_equal(s->d.bad_frames, 0);
}

/* Frame f's record. */
static prtos_trace_event_t record_of(const struct tr_frame *f)
{
	prtos_trace_event_t ev;

	assert_int_equal(f->kind, TRACE_EXPORT_RECORD);
	assert_int_equal(f->len, sizeof(ev));
	memcpy(&ev, f->payload, sizeof(ev));
	assert_int_equal(ev.signature, PRTOS_TRACE_SIGNATURE);
	return ev;
}

static prtos_u32_t code_of(const prtos_trace_event_t *ev)
{
	return ev->op_code_lo >> TRACE_OPCODE_CODE_BIT;
}

static prtos_u32_t part_of(const prtos_trace_event_t *ev)
{
	return ev->op_code_lo & TRACE_OPCODE_PARTID_MASK;
}

/* Records of partition part (PRTOS_HYPERVISOR_ID: the core's) with code, in s. */
static size_t count(const struct sent *s, prtos_u32_t part, prtos_u32_t code)
{
	prtos_trace_event_t ev;
	size_t i, n = 0;

	for (i = 0; i < s->n; i++) {
		if (s->f[i].kind != TRACE_EXPORT_RECORD)
			continue;
		ev = record_of(&s->f[i]);
		n += part_of(&ev) == part && code_of(&ev) == code;
	}
	return n;
}

/* The boot opens the second UART and sends the hello first. */
static void test_hello_at_boot(void **state)
{
	struct trace_export_hello h;
	struct sent s;

	(void)state;
	assert_int_equal(kfix_boot(NULL), HOST_STARTED);
	assert_int_equal(host.send_port, 1);
	assert_int_equal(host.send_baud, 115200);
	sent_decode(&s, 0);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.f[0].kind, TRACE_EXPORT_HELLO);
	assert_int_equal(s.f[0].seq, 0);
	assert_int_equal(s.f[0].len, sizeof(h));
	memcpy(&h, s.f[0].payload, sizeof(h));
	assert_int_equal(h.version, TRACE_EXPORT_VERSION);
	assert_int_equal(h.record_size, sizeof(prtos_trace_event_t));
	assert_int_equal(h.config_checksum, prtos_conf->checksum);
}

/* The XML's hypervisor bitmask (0xF) keeps no slot records; the export has them all. */
static void test_hyp_events_whatever_the_mask(void **state)
{
	prtos_trace_event_t ev, *out;
	size_t i, slots = 0;
	prtos_s32_t h;
	struct sent s;

	(void)state;
	kfix_boot_and_run();
	kfix_run(KF_WORKER);
	sent_decode(&s, 0);
	for (i = 0; i < s.n; i++) {
		if (s.f[i].kind != TRACE_EXPORT_RECORD)
			continue;
		ev = record_of(&s.f[i]);
		if (code_of(&ev) != PRTOS_TRACE_CODE_SLOT)
			continue;
		assert_int_equal(part_of(&ev), PRTOS_HYPERVISOR_ID);
		assert_int_equal(ev.op_code_hi, 0); /* not in the stream: sequence 0 */
		assert_int_equal(ev.payload[0], slots);
		assert_int_equal(ev.payload[1], slots == 0 ? KF_SUPER : KF_WORKER);
		assert_int_equal(ev.payload[2], 0);
		assert_int_equal(ev.payload[3], 100); /* plan 0's first frame */
		slots++;
	}
	assert_int_equal(slots, 2);
	assert_int_equal(count(&s, PRTOS_HYPERVISOR_ID, PRTOS_TRACE_CODE_IRQ), 2);
	assert_int_equal(count(&s, PRTOS_HYPERVISOR_ID, PRTOS_TRACE_CODE_SCHED), 2);
	/* The stream itself holds none. */
	kfix_run(KF_SUPER);
	out = kfix_bufp(256);
	h = HC1(N(trace_open), PRTOS_HYPERVISOR_ID);
	for (i = 0; i < 16; i++) { /* each read adds its own hypercall record */
		assert_int_equal(HC2(N(trace_read), h, kfix_buf(256)), 1);
		assert_int_not_equal(code_of(out), PRTOS_TRACE_CODE_SLOT);
	}
}

/* A partition's record goes out when its stream keeps it, and only then. */
static void test_partition_records(void **state)
{
	prtos_trace_event_t *ev, got;
	size_t i, mine = 0;
	struct sent s;

	(void)state;
	kfix_boot_and_run();
	ev = kfix_bufp(0);
	memset(ev, 0, sizeof(*ev));
	ev->op_code_lo = 7U << TRACE_OPCODE_CODE_BIT;
	ev->payload[1] = 42;
	assert_int_equal(HC2(N(trace_event), 0x1, kfix_buf(0)), PRTOS_OK);
	assert_int_equal(HC2(N(trace_event), 0x10, kfix_buf(0)), PRTOS_NO_ACTION);
	kfix_run(KF_FAULTY);
	memset(kfix_bufp(0), 0, sizeof(*ev));
	assert_int_equal(HC2(N(trace_event), 0x1, kfix_buf(0)), PRTOS_INVALID_CONFIG);
	sent_decode(&s, 0);
	for (i = 0; i < s.n; i++) {
		if (s.f[i].kind != TRACE_EXPORT_RECORD)
			continue;
		got = record_of(&s.f[i]);
		if (part_of(&got) == PRTOS_HYPERVISOR_ID)
			continue;
		assert_int_equal(part_of(&got), KF_SUPER);
		assert_int_equal(code_of(&got), 7);
		assert_int_equal(got.payload[1], 42);
		mine++;
	}
	assert_int_equal(mine, 1);
	assert_int_equal(count(&s, PRTOS_HYPERVISOR_ID, PRTOS_TRACE_CODE_HCALL), 3);
}

/* Frames the buffer has no room for are dropped; the sequence numbers show how many. */
static void test_busy_uart(void **state)
{
	const size_t held = CONFIG_TRACE_EXPORT_BUFFER / FRAME_SIZE;
	size_t from, before, i, lost = 0;
	struct sent s;

	(void)state;
	kfix_boot_and_run();
	from = host.sent_len;
	host.send_room = 0;
	for (i = 0; i < held + 5; i++)
		HC2(N(get_time), PRTOS_HW_CLOCK, kfix_buf(0));
	assert_int_equal(host.sent_len, from);
	/* The UART takes bytes again: a bounded piece of the backlog per frame. */
	host.send_room = ~0U;
	before = host.sent_len;
	HC2(N(get_time), PRTOS_HW_CLOCK, kfix_buf(0));
	assert_int_equal(host.sent_len - before, 128);
	for (i = 0; i < 2 * held; i++)
		HC2(N(get_time), PRTOS_HW_CLOCK, kfix_buf(0));
	sent_decode(&s, from);
	for (i = 0; i < s.n; i++)
		lost += s.f[i].lost;
	assert_int_equal(lost, 5);
	assert_int_equal(s.n, held + 1 + 2 * held);
}

/* A frame the UART takes part of: the rest follows, whole, and the stream stays in step. */
static void test_partial_room(void **state)
{
	size_t from, i;
	struct sent s;

	(void)state;
	kfix_boot_and_run();
	from = host.sent_len;
	for (i = 0; i < 12; i++) {
		host.send_room = (prtos_u32_t)(7 * i + 3) % FRAME_SIZE;
		HC2(N(get_time), PRTOS_HW_CLOCK, kfix_buf(0));
	}
	host.send_room = ~0U;
	for (i = 0; i < 12; i++)
		HC2(N(get_time), PRTOS_HW_CLOCK, kfix_buf(0));
	sent_decode(&s, from);
	assert_int_equal(s.n, 24);
	for (i = 0; i < s.n; i++)
		assert_int_equal(s.f[i].lost, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hello_at_boot),
		cmocka_unit_test(test_hyp_events_whatever_the_mask),
		cmocka_unit_test(test_partition_records),
		cmocka_unit_test(test_busy_uart),
		cmocka_unit_test(test_partial_room),
	};

	return cmocka_run_group_tests_name("kernel_export", tests, NULL, NULL);
}
