/*
 * prtostrace's decoder and JSON writer on streams built here, frame by frame as the
 * core frames them: resync after garbage, broken and cut frames, sequence gaps and
 * boots, record checks, and the JSON of every record kind, byte for byte.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <prtos/crc32.h>
#include "prtostrace.h"

/* A stream under construction. */
struct stream {
	prtos_u8_t bytes[16384];
	size_t len;
	prtos_u32_t seq;
};

static void put_bytes(struct stream *s, const void *p, size_t n)
{
	assert_true(s->len + n <= sizeof(s->bytes));
	memcpy(s->bytes + s->len, p, n);
	s->len += n;
}

/* A frame as the core makes it (trace_export.c), with sequence number seq. */
static void put_frame(struct stream *s, prtos_u8_t kind, prtos_u32_t seq, const void *payload,
		      prtos_u8_t len)
{
	prtos_u8_t f[TRACE_EXPORT_FRAME_MAX] = {TRACE_EXPORT_SYNC0, TRACE_EXPORT_SYNC1, kind, len};
	prtos_u32_t crc;

	memcpy(f + 4, &seq, 4);
	memcpy(f + 8, payload, len);
	crc = prtos_crc32(0, f + 2, 6U + len);
	memcpy(f + 8 + len, &crc, 4);
	put_bytes(s, f, 12U + len);
}

static void put_hello(struct stream *s, prtos_u32_t config_checksum)
{
	struct trace_export_hello h = {TRACE_EXPORT_VERSION, sizeof(prtos_trace_event_t),
				       config_checksum};

	s->seq = 0;
	put_frame(s, TRACE_EXPORT_HELLO, s->seq++, &h, sizeof(h));
}

/* A sealed record of partition part (PRTOS_HYPERVISOR_ID: the core) at time t. */
static void put_record(struct stream *s, prtos_u32_t part, prtos_u32_t code, prtos_time_t t,
		       prtos_u32_t a0, prtos_u32_t a1, prtos_u32_t a2, prtos_u32_t a3)
{
	prtos_trace_event_t ev;

	memset(&ev, 0, sizeof(ev));
	ev.signature = PRTOS_TRACE_SIGNATURE;
	ev.op_code_lo = code << TRACE_OPCODE_CODE_BIT | part;
	ev.timestamp = t;
	ev.payload[0] = a0;
	ev.payload[1] = a1;
	ev.payload[2] = a2;
	ev.payload[3] = a3;
	ev.checksum = (prtos_u16_t)prtos_crc32(0, &ev, sizeof(ev));
	put_frame(s, TRACE_EXPORT_RECORD, s->seq++, &ev, sizeof(ev));
}

#define HYP PRTOS_HYPERVISOR_ID

static void put_slot(struct stream *s, prtos_time_t t, prtos_u32_t slot, prtos_u32_t part,
		     prtos_time_t frame)
{
	put_record(s, HYP, PRTOS_TRACE_CODE_SLOT, t, slot, part, 0, (prtos_u32_t)frame);
}

static void put_irq(struct stream *s, prtos_time_t t)
{
	put_record(s, HYP, PRTOS_TRACE_CODE_IRQ, t, 48, 0, 0, 0);
}

/* The one stream of a test, empty, or (hello 1) holding a hello of configuration 7. */
static struct stream *stream_start(int hello)
{
	static struct stream s;

	memset(&s, 0, sizeof(s));
	if (hello)
		put_hello(&s, 7);
	return &s;
}

/* Every good frame of a stream, and the decoder's counts. */
struct decoded {
	struct tr_decoder d;
	struct tr_frame f[8];
	size_t n;
};

static const struct decoded *decode_all(const struct stream *s)
{
	static struct decoded r;

	tr_decoder_init(&r.d, s->bytes, s->len);
	for (r.n = 0; r.n < 8 && tr_next_frame(&r.d, &r.f[r.n]);)
		r.n++;
	return &r;
}

static void test_frames_back_to_back(void **state)
{
	const struct decoded *r;
	struct stream *s;

	(void)state;
	s = stream_start(1);
	put_irq(s, 10);
	put_record(s, 1, 100, 11, 1, 2, 3, 4);
	r = decode_all(s);
	assert_int_equal(r->n, 3);
	assert_int_equal(r->f[0].kind, TRACE_EXPORT_HELLO);
	assert_int_equal(r->f[1].kind, TRACE_EXPORT_RECORD);
	assert_int_equal(r->f[2].seq, 2);
	assert_int_equal(r->f[2].len, sizeof(prtos_trace_event_t));
	assert_int_equal(r->d.garbage + r->d.bad_frames + r->f[1].lost + r->f[2].lost, 0);
}

/* Garbage, with false sync words, before, between and after frames. */
static void test_resync_after_garbage(void **state)
{
	/* 0xA5 0x7E is the sync word. */
	static const prtos_u8_t junk[] = {0x00, 0xA5, 0x13, 0xA5, 0x7E,
					  0x02, 0x05, 0xFF, 0x7E, 0xA5};
	const struct decoded *r;
	struct stream *s;

	(void)state;
	s = stream_start(0);
	put_bytes(s, junk, sizeof(junk));
	put_hello(s, 7);
	put_bytes(s, junk, sizeof(junk));
	put_irq(s, 10);
	put_bytes(s, junk, 3);
	r = decode_all(s);
	assert_int_equal(r->n, 2);
	assert_int_equal(r->f[1].seq, 1);
	assert_int_equal(r->f[1].lost, 0);
	assert_int_equal(r->d.garbage, 2 * sizeof(junk) + 3);
}

/* A frame with a wrong CRC is skipped and counted; the next one is found. */
static void test_crc_error(void **state)
{
	const struct decoded *r;
	struct stream *s;
	size_t second;

	(void)state;
	s = stream_start(1);
	second = s->len;
	put_irq(s, 10);
	put_irq(s, 20);
	s->bytes[second + 20] ^= 0x40;
	r = decode_all(s);
	assert_int_equal(r->n, 2);
	assert_int_equal(r->d.bad_frames, 1);
	assert_int_equal(r->f[1].seq, 2);
	assert_int_equal(r->f[1].lost, 1);
}

/* A capture cut in the middle of its last frame: the rest is no frame, and no error. */
static void test_cut_frame(void **state)
{
	const struct decoded *r;
	struct stream *s;

	(void)state;
	s = stream_start(1);
	put_irq(s, 10);
	s->len -= 5;
	r = decode_all(s);
	assert_int_equal(r->n, 1);
	assert_int_equal(r->d.bad_frames, 0);
	assert_int_equal(r->d.garbage, 12 + sizeof(prtos_trace_event_t) - 5);
}

/* Gaps count lost frames; a hello starts again from 0; a lost hello too. */
static void test_sequence_gaps_and_boots(void **state)
{
	const struct decoded *r;
	struct stream *s;

	(void)state;
	s = stream_start(1);
	s->seq = 4; /* 1, 2 and 3 dropped by the core */
	put_irq(s, 10);
	put_hello(s, 7);
	put_irq(s, 5);
	s->seq = 1; /* a third boot whose hello was lost: the numbers go back */
	put_irq(s, 5);
	r = decode_all(s);
	assert_int_equal(r->n, 5);
	assert_int_equal(r->f[1].lost, 3);
	assert_int_equal(r->f[2].lost, 0);
	assert_int_equal(r->f[3].lost, 0);
	assert_int_equal(r->f[4].lost, 1);
}

static void test_capture_refusals(void **state)
{
	struct stream *s;
	struct trace_export_hello h = {TRACE_EXPORT_VERSION, 40, 0};
	struct tr_capture c;
	char err[160];

	(void)state;
	s = stream_start(0);
	put_irq(s, 10);
	assert_int_equal(tr_capture_read(&c, s->bytes, s->len, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "no hello frame"));
	tr_capture_free(&c);
	put_frame(s, TRACE_EXPORT_HELLO, 0, &h, sizeof(h));
	assert_int_equal(tr_capture_read(&c, s->bytes, s->len, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "40-byte records"));
	tr_capture_free(&c);
	put_frame(s, TRACE_EXPORT_HELLO, 0, &h, 3);
	assert_int_equal(tr_capture_read(&c, s->bytes + s->len - 15, 15, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "a hello frame of 3 bytes"));
	tr_capture_free(&c);
}

/* Records with a bad signature or checksum, and frames of unknown kinds, are left out. */
static void test_bad_records(void **state)
{
	struct stream *s;
	prtos_trace_event_t ev;
	struct tr_capture c;
	char err[160];

	(void)state;
	s = stream_start(1);
	memset(&ev, 0, sizeof(ev));
	ev.signature = PRTOS_TRACE_SIGNATURE; /* checksum 0: wrong */
	put_frame(s, TRACE_EXPORT_RECORD, s->seq++, &ev, sizeof(ev));
	put_frame(s, TRACE_EXPORT_RECORD, s->seq++, &ev, 8);
	put_frame(s, 9, s->seq++, &ev, 8);
	put_irq(s, 10);
	assert_int_equal(tr_capture_read(&c, s->bytes, s->len, err, sizeof(err)), 0);
	assert_int_equal(c.num, 1);
	assert_int_equal(c.bad_records, 3);
	assert_int_equal(c.config_checksum, 7);
	tr_capture_free(&c);
}

/* A later boot whose clock started again goes after the earlier one; frames made whole. */
static void test_time_line(void **state)
{
	struct stream *s;
	struct tr_capture c;
	char err[160];

	(void)state;
	s = stream_start(1);
	put_irq(s, 0x100000010LL);
	put_slot(s, 0x100000020LL, 0, 0, 0xFFFFFFF0LL); /* the frame began before 2^32 us */
	put_hello(s, 7);
	put_slot(s, 50, 0, 0, 40);
	put_irq(s, 60);
	assert_int_equal(tr_capture_read(&c, s->bytes, s->len, err, sizeof(err)), 0);
	assert_int_equal(c.num, 4);
	assert_int_equal(c.boots, 2);
	assert_int_equal(c.recs[1].frame, 0xFFFFFFF0ULL);
	assert_int_equal(c.origin, 0xFFFFFFF0ULL);
	assert_int_equal(c.recs[2].boot, 1);
	assert_int_equal(c.recs[2].time, 0x100000020ULL);
	assert_int_equal(c.recs[2].frame, 0x100000020ULL - 10);
	assert_int_equal(c.recs[3].time, 0x100000020ULL + 10);
	tr_capture_free(&c);
}

/* A two-partition system with one plan, for the JSON. */
static struct prtos_config *test_config(void)
{
	static struct prtos_config cfg;

	memset(&cfg, 0, sizeof(cfg));
	strcpy(cfg.name, "demo");
	cfg.num_partitions = 2;
	strcpy(cfg.partitions[0].name, "Alpha");
	strcpy(cfg.partitions[1].name, "Be\"ta");
	cfg.num_cpus = 1;
	return &cfg;
}

/* The JSON prtostrace writes for stream s. */
static char *json_of(const struct stream *s, struct tr_counts *n)
{
	struct tr_capture c;
	char err[160], *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	assert_non_null(f);
	assert_int_equal(tr_capture_read(&c, s->bytes, s->len, err, sizeof(err)), 0);
	*n = tr_write_json(f, &c, test_config());
	fclose(f);
	tr_capture_free(&c);
	return text;
}

static void assert_has(const char *json, const char *line)
{
	if (!strstr(json, line))
		fail_msg("no\n%s\nin\n%s", line, json);
}

/* Every record kind as its JSON event, on its track; slot spans end at the next slot. */
static void test_json_every_kind(void **state)
{
	struct stream *s;
	struct tr_counts n;
	char *json;

	(void)state;
	s = stream_start(1);
	put_irq(s, 1000);
	put_slot(s, 1003, 0, 0, 1000);
	put_record(s, HYP, PRTOS_TRACE_CODE_SCHED, 1004, 0, 0, 0, 0);
	put_record(s, HYP, PRTOS_TRACE_CODE_HCALL, 1005, 4, 0, 0, 0);
	put_record(s, HYP, PRTOS_TRACE_CODE_HCALL, 1006, 250, 0, 0, 0);
	put_record(s, 0, 100, 1007, 1, 2, 3, 4);
	s->seq += 2;
	put_slot(s, 3001, 1, 1, 1000);
	put_record(s, HYP, PRTOS_TRACE_CODE_HM, 3002, 20, 1, 0, 0);
	put_record(s, HYP, PRTOS_TRACE_CODE_SCHED, 3003, HYP, 0, 0, 0);
	put_record(s, HYP, 9, 3004, 1, 2, 3, 4);
	put_slot(s, 4000, 0xFFFFFFFFU, HYP, 1000);
	put_slot(s, 11002, 0, 0, 11000);
	put_irq(s, 11500);
	json = json_of(s, &n);
	assert_true(!strncmp(json, "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n", 40));
	assert_has(json, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,"
			 "\"args\":{\"name\":\"PRTOS demo\"}}");
	assert_has(json, "\"tid\":3,\"args\":{\"name\":\"P1 Be\\\"ta\"}}");
	assert_has(json, "{\"name\":\"irq 48\",\"cat\":\"irq\",\"ph\":\"i\",\"pid\":1,\"tid\":1,"
			 "\"ts\":0,\"s\":\"t\",\"args\":{\"vector\":48}}");
	assert_has(json, "{\"name\":\"slot 0\",\"cat\":\"slot\",\"ph\":\"X\",\"pid\":1,\"tid\":2,"
			 "\"ts\":3,\"dur\":1998,\"args\":{\"plan\":0,\"slot\":0,\"partition\":0,"
			 "\"frame\":0}}");
	assert_has(json, "\"name\":\"switch to P0 Alpha\",\"cat\":\"sched\",\"ph\":\"i\",\"pid\":1,"
			 "\"tid\":1,\"ts\":4,");
	assert_has(json, "\"name\":\"write_console\",\"cat\":\"hypercall\",\"ph\":\"i\",\"pid\":1,"
			 "\"tid\":2,\"ts\":5,\"s\":\"t\",\"args\":{\"number\":4}}");
	assert_has(json, "\"name\":\"hypercall 250\",");
	assert_has(json,
		   "{\"name\":\"trace 100\",\"cat\":\"trace\",\"ph\":\"i\",\"pid\":1,\"tid\":2,"
		   "\"ts\":7,\"s\":\"t\",\"args\":{\"code\":100,\"criticality\":\"notify\","
		   "\"seq\":0,\"payload\":[1,2,3,4]}}");
	assert_has(json, "{\"name\":\"frames lost\",\"cat\":\"export\",\"ph\":\"i\",\"pid\":1,"
			 "\"tid\":1,\"ts\":2001,\"s\":\"t\",\"args\":{\"frames\":2}}");
	assert_has(json, "\"name\":\"slot 1\",\"cat\":\"slot\",\"ph\":\"X\",\"pid\":1,\"tid\":3,"
			 "\"ts\":2001,\"dur\":999,");
	assert_has(json, "\"name\":\"HM X86_PAGE_FAULT\",\"cat\":\"hm\",\"ph\":\"i\",\"pid\":1,"
			 "\"tid\":3,\"ts\":2002,\"s\":\"t\",\"args\":{\"event\":20}}");
	assert_has(json, "\"name\":\"switch to idle\",");
	assert_has(json, "\"name\":\"hypervisor event 9\",\"cat\":\"hypervisor\",");
	assert_has(json, "\"args\":{\"payload\":[1,2,3,4]}}");
	/* The last span ends with the capture's last record. */
	assert_has(json, "\"ts\":10002,\"dur\":498,\"args\":{\"plan\":0,\"slot\":0,\"partition\":0,"
			 "\"frame\":10000}}");
	assert_true(!strcmp(json + strlen(json) - 4, "\n]}\n"));
	assert_int_equal(n.spans, 3);
	assert_int_equal(n.instants, 10);
	free(json);
}

/* A new boot ends the slot that was open, at the previous boot's last record. */
static void test_json_boot(void **state)
{
	struct stream *s;
	struct tr_counts n;
	char *json;

	(void)state;
	s = stream_start(1);
	put_slot(s, 100, 0, 0, 100);
	put_irq(s, 600);
	put_hello(s, 7);
	put_irq(s, 10);
	json = json_of(s, &n);
	assert_has(json, "\"ts\":0,\"dur\":500,");
	assert_has(json, "{\"name\":\"boot\",\"cat\":\"boot\",\"ph\":\"i\",\"pid\":1,\"tid\":1,"
			 "\"ts\":500,\"s\":\"t\",\"args\":{\"boot\":1}}");
	assert_int_equal(n.spans, 1);
	free(json);
}

/* The same capture gives the same bytes. */
static void test_json_deterministic(void **state)
{
	struct stream *s;
	struct tr_counts n;
	char *a, *b;

	(void)state;
	s = stream_start(1);
	put_slot(s, 100, 0, 0, 100);
	put_record(s, 1, 5, 150, 9, 0, 0, 0);
	a = json_of(s, &n);
	b = json_of(s, &n);
	assert_string_equal(a, b);
	free(a);
	free(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frames_back_to_back),
		cmocka_unit_test(test_resync_after_garbage),
		cmocka_unit_test(test_crc_error),
		cmocka_unit_test(test_cut_frame),
		cmocka_unit_test(test_sequence_gaps_and_boots),
		cmocka_unit_test(test_capture_refusals),
		cmocka_unit_test(test_bad_records),
		cmocka_unit_test(test_time_line),
		cmocka_unit_test(test_json_every_kind),
		cmocka_unit_test(test_json_boot),
		cmocka_unit_test(test_json_deterministic),
	};

	return cmocka_run_group_tests_name("prtostrace", tests, NULL, NULL);
}
