/*
 * libFuzzer harness: prtostrace's reading of a trace-export capture (decode.c's frame
 * decoder, capture.c's records and time line) and its JSON writer, on the tracing
 * example's configuration. The first input byte chooses how the rest is read:
 *   bit 0 set: the rest is the capture as it is (mostly garbage and broken frames);
 *   bit 0 clear: the rest is a list of frames that the harness writes with their sync
 *   words, sequence numbers and CRCs right, so that the decoder's callers see them:
 *     c = a byte; c & 3: 0 a hello, 1 a record, 2 a frame of any kind, 3 raw bytes
 *     c & 4   hello: 8 bytes from the input instead of a good one (version, record
 *             size, configuration checksum); record: its signature and checksum
 *             left as the input has them
 *     c & 8   the frame's sequence number from the input (4 bytes), not the next one
 *     kind 2: a kind byte, a length byte, that many bytes; kind 3: a length byte and
 *     that many bytes, unframed.
 * Refusals are expected; a crash, a leak or undefined behaviour is a defect.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <prtos/config_check.h>
#include <prtos/crc32.h>
#include "prtostrace.h"
#include "fuzz_input.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define OUT_MAX (1U << 16)

static struct prtos_config cfg; /* FUZZ_TRACE_CFG, checked as prtostrace checks it */
static FILE *sink;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct config_error e;
	FILE *f = fopen(FUZZ_TRACE_CFG, "rb");

	(void)argc;
	(void)argv;
	if (!f || fread(&cfg, 1, sizeof(cfg), f) != sizeof(cfg) || fclose(f) ||
	    config_check(&cfg, &e)) {
		fprintf(stderr, "fuzz_trace: %s: not a good configuration blob\n", FUZZ_TRACE_CFG);
		abort();
	}
	sink = fopen("/dev/null", "w");
	if (!sink)
		abort();
	return 0;
}

/* The capture being written. */
struct out {
	uint8_t buf[OUT_MAX];
	size_t len;
	prtos_u32_t seq;
};

static void put_frame(struct out *o, uint8_t kind, prtos_u32_t seq, const void *payload,
		      uint8_t len)
{
	struct trace_export_head h = {{TRACE_EXPORT_SYNC0, TRACE_EXPORT_SYNC1}, kind, len, seq};
	prtos_u32_t crc;
	uint8_t *p = o->buf + o->len;

	if (o->len + TRACE_EXPORT_FRAME_MAX > OUT_MAX)
		return;
	memcpy(p, &h, sizeof(h));
	memcpy(p + sizeof(h), payload, len);
	crc = prtos_crc32(0, p + 2, (prtos_u32_t)(sizeof(h) - 2 + len));
	memcpy(p + sizeof(h) + len, &crc, sizeof(crc));
	o->len += sizeof(h) + len + sizeof(crc);
}

static void one_frame(struct in *in, struct out *o)
{
	uint8_t c = take8(in), kind, len, payload[255];
	struct trace_export_hello hello = {TRACE_EXPORT_VERSION, sizeof(prtos_trace_event_t),
					   cfg.checksum};
	prtos_trace_event_t ev;
	prtos_u32_t seq = o->seq;

	if (c & 8)
		take(in, &seq, sizeof(seq));
	o->seq = seq + 1;
	switch (c & 3) {
	case 0:
		if (c & 4)
			take(in, &hello, sizeof(hello));
		put_frame(o, TRACE_EXPORT_HELLO, seq, &hello, sizeof(hello));
		break;
	case 1:
		take(in, &ev, sizeof(ev));
		if (!(c & 4)) {
			ev.signature = PRTOS_TRACE_SIGNATURE;
			ev.checksum = 0;
			ev.checksum = (prtos_u16_t)prtos_crc32(0, &ev, sizeof(ev));
		}
		put_frame(o, TRACE_EXPORT_RECORD, seq, &ev, sizeof(ev));
		break;
	case 2:
		kind = take8(in);
		len = take8(in);
		take(in, payload, len);
		put_frame(o, kind, seq, payload, len);
		break;
	default:
		len = take8(in);
		if (o->len + len <= OUT_MAX) {
			take(in, o->buf + o->len, len);
			o->len += len;
		}
	}
}

/* As prtostrace: read the capture, then write its JSON. */
static void convert(const uint8_t *capture, size_t len)
{
	struct tr_capture c;
	char err[160];

	if (tr_capture_read(&c, capture, len, err, sizeof(err)))
		return; /* refused: nothing to free */
	tr_write_json(sink, &c, &cfg);
	tr_capture_free(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct out o;
	struct in in = {data + 1, size ? size - 1 : 0};
	uint8_t *raw;

	if (!size)
		return 0;
	if (data[0] & 1) {
		raw = malloc(in.left ? in.left : 1); /* exactly its bytes, for ASan */
		if (!raw)
			abort();
		memcpy(raw, in.p, in.left);
		convert(raw, in.left);
		free(raw);
		return 0;
	}
	o.len = 0;
	o.seq = 0;
	while (in.left && o.len + TRACE_EXPORT_FRAME_MAX <= OUT_MAX)
		one_frame(&in, &o);
	raw = malloc(o.len ? o.len : 1);
	if (!raw)
		abort();
	memcpy(raw, o.buf, o.len);
	convert(raw, o.len);
	free(raw);
	return 0;
}
