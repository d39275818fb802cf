/*
 * prtostrace: a capture of the trace export (Kconfig TRACE_EXPORT) turned into Chrome
 * trace-event JSON (doc/tools/prtostrace.md). Three steps: decode.c finds the frames
 * in the captured bytes, capture.c keeps their records on one time line, json.c
 * writes them as tracks, spans and instants.
 */
#ifndef PRTOSTRACE_H
#define PRTOSTRACE_H

#include <stddef.h>
#include <stdio.h>
#include <prtos/config_blob.h>
#include <prtos/trace_export.h>

/* decode.c: the frames of a byte stream, past garbage and broken frames. */
struct tr_decoder {
	const prtos_u8_t *data;
	size_t len, pos;
	int have_seq;
	prtos_u32_t next_seq; /* the sequence number the next frame should have */
	/* What the stream held besides good frames. */
	prtos_u32_t bad_frames; /* a sync word with a CRC that does not match */
	size_t garbage;		/* bytes outside good frames */
};

struct tr_frame {
	prtos_u8_t kind, len;
	prtos_u32_t seq;
	const prtos_u8_t *payload; /* len bytes, inside the decoder's data */
	prtos_u32_t lost;	   /* frames missing right before this one (a sequence gap) */
};

void tr_decoder_init(struct tr_decoder *d, const void *data, size_t len);
/* The next good frame into f: 1, or 0 at the end of the data. */
int tr_next_frame(struct tr_decoder *d, struct tr_frame *f);

/* capture.c: the records of a capture on one time line. */
struct tr_record {
	prtos_trace_event_t ev;
	prtos_u64_t time;  /* us: the record's time, later boots moved past earlier ones */
	prtos_u32_t boot;  /* 0 for the first boot's records, 1 after the next hello, ... */
	prtos_u32_t lost;  /* frames lost right before this record */
	prtos_u64_t frame; /* a slot record's major frame start (us, same line as time) */
};

struct tr_capture {
	struct tr_record *recs;
	size_t num, cap;
	prtos_u32_t boots;	     /* hello frames seen */
	prtos_u32_t config_checksum; /* of the last hello */
	prtos_u32_t lost, bad_frames, bad_records;
	size_t garbage;
	prtos_u64_t origin; /* us on the record time line that the JSON calls 0 */
};

/*
 * Reads a capture; 0, or -1 with err set (no hello, a hello of another target). After
 * -1, c holds nothing to free.
 */
int tr_capture_read(struct tr_capture *c, const void *data, size_t len, char *err, size_t err_size);
void tr_capture_free(struct tr_capture *c);

/* json.c: the capture as Chrome trace-event JSON, the names and plans from cfg. */
struct tr_counts {
	prtos_u32_t spans, instants;
};
struct tr_counts tr_write_json(FILE *f, const struct tr_capture *c, const struct prtos_config *cfg);

#endif
