/*
 * The records of a capture on one time line: each record checked (signature and
 * checksum), each boot's records moved past the previous boot's when its clock
 * started again, and the slot records' frame starts made whole.
 */
#include "prtostrace.h"
#include <prtos/crc32.h>
#include <stdlib.h>
#include <string.h>

/* Where this boot's records go on the line: added to their times. */
struct boot_line {
	prtos_u64_t shift;
	int placed; /* shift is known (the boot's first record was seen) */
};

static int hello_read(struct tr_capture *c, const struct tr_frame *f, struct boot_line *line,
		      char *err, size_t err_size)
{
	struct trace_export_hello h;

	if (f->len != sizeof(h)) {
		snprintf(err, err_size, "a hello frame of %u bytes (this prtostrace reads %zu)",
			 f->len, sizeof(h));
		return -1;
	}
	memcpy(&h, f->payload, sizeof(h));
	if (h.version != TRACE_EXPORT_VERSION || h.record_size != sizeof(prtos_trace_event_t)) {
		snprintf(err, err_size,
			 "export format %u with %u-byte records (this prtostrace reads format %u "
			 "with %zu-byte records)",
			 h.version, h.record_size, TRACE_EXPORT_VERSION,
			 sizeof(prtos_trace_event_t));
		return -1;
	}
	c->boots++;
	c->config_checksum = h.config_checksum;
	line->placed = 0;
	return 0;
}

static int record_ok(const prtos_trace_event_t *ev)
{
	prtos_trace_event_t copy = *ev;

	copy.checksum = 0;
	return ev->signature == PRTOS_TRACE_SIGNATURE &&
	       ev->checksum == (prtos_u16_t)prtos_crc32(0, &copy, sizeof(copy));
}

static struct tr_record *record_new(struct tr_capture *c)
{
	struct tr_record *r;

	if (c->num == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 1024;
		c->recs = realloc(c->recs, c->cap * sizeof(*c->recs));
		if (!c->recs) {
			fprintf(stderr, "prtostrace: out of memory\n");
			exit(1);
		}
	}
	r = &c->recs[c->num++];
	memset(r, 0, sizeof(*r));
	return r;
}

static int is_slot(const prtos_trace_event_t *ev)
{
	return (ev->op_code_lo & TRACE_OPCODE_PARTID_MASK) == PRTOS_HYPERVISOR_ID &&
	       (ev->op_code_lo >> TRACE_OPCODE_CODE_BIT) == PRTOS_TRACE_CODE_SLOT;
}

static void record_add(struct tr_capture *c, const struct tr_frame *f, struct boot_line *line)
{
	prtos_trace_event_t ev;
	prtos_u64_t t, last;
	struct tr_record *r;

	if (f->len != sizeof(ev)) {
		c->bad_records++;
		return;
	}
	memcpy(&ev, f->payload, sizeof(ev));
	if (!record_ok(&ev)) {
		c->bad_records++;
		return;
	}
	t = (prtos_u64_t)ev.timestamp;
	last = c->num ? c->recs[c->num - 1].time : 0;
	if (!line->placed)
		line->shift = c->num && t < last ? last - t : 0;
	line->placed = 1;
	r = record_new(c);
	r->ev = ev;
	r->time = t + line->shift;
	r->boot = c->boots ? c->boots - 1 : 0;
	r->lost = f->lost;
	/* payload[3]: the low 32 bits of the frame start, which is at most t. */
	if (is_slot(&ev))
		r->frame = r->time - (prtos_u32_t)((prtos_u32_t)t - (prtos_u32_t)ev.payload[3]);
}

/* Time 0 of the JSON: the first major frame, or an earlier record. */
static void origin_set(struct tr_capture *c)
{
	size_t i;

	c->origin = c->num ? c->recs[0].time : 0;
	for (i = 0; i < c->num; i++)
		if (is_slot(&c->recs[i].ev)) {
			if (c->recs[i].frame < c->origin)
				c->origin = c->recs[i].frame;
			return;
		}
}

int tr_capture_read(struct tr_capture *c, const void *data, size_t len, char *err, size_t err_size)
{
	struct boot_line line = {0, 0};
	struct tr_decoder d;
	struct tr_frame f;

	memset(c, 0, sizeof(*c));
	tr_decoder_init(&d, data, len);
	while (tr_next_frame(&d, &f)) {
		c->lost += f.lost;
		if (f.kind == TRACE_EXPORT_HELLO) {
			if (hello_read(c, &f, &line, err, err_size))
				goto err_free;
		} else if (f.kind == TRACE_EXPORT_RECORD) {
			record_add(c, &f, &line);
		} else {
			c->bad_records++;
		}
	}
	c->bad_frames = d.bad_frames;
	c->garbage = d.garbage;
	if (!c->boots) {
		snprintf(err, err_size, "no hello frame: not a capture of the trace export");
		goto err_free;
	}
	origin_set(c);
	return 0;
err_free: /* a refused capture keeps nothing: the records read before the refusal */
	tr_capture_free(c);
	return -1;
}

void tr_capture_free(struct tr_capture *c)
{
	free(c->recs);
	memset(c, 0, sizeof(*c));
}
