/*
 * The frames of a trace export capture (<prtos/trace_export.h>). A frame is good
 * when its sync word, length and CRC agree; anything else is skipped a byte at a
 * time, so that the next sync word is found after garbage, a cut or a broken frame.
 */
#include "prtostrace.h"
#include <prtos/crc32.h>
#include <string.h>

#define HEAD_SIZE sizeof(struct trace_export_head)

void tr_decoder_init(struct tr_decoder *d, const void *data, size_t len)
{
	memset(d, 0, sizeof(*d));
	d->data = data;
	d->len = len;
}

/*
 * The size of the good frame at d->pos, or 0 if there is none there. A sync word
 * whose frame is whole but whose CRC does not match is a bad frame.
 */
static size_t frame_at(struct tr_decoder *d)
{
	const prtos_u8_t *p = d->data + d->pos;
	size_t left = d->len - d->pos, size;
	prtos_u32_t crc;

	if (left < HEAD_SIZE + TRACE_EXPORT_CRC_SIZE || p[0] != TRACE_EXPORT_SYNC0 ||
	    p[1] != TRACE_EXPORT_SYNC1)
		return 0;
	size = HEAD_SIZE + p[3] + TRACE_EXPORT_CRC_SIZE;
	if (size > left)
		return 0; /* cut short by the end of the capture */
	memcpy(&crc, p + size - TRACE_EXPORT_CRC_SIZE, sizeof(crc));
	if (prtos_crc32(0, p + 2, (prtos_u32_t)(size - 2 - TRACE_EXPORT_CRC_SIZE)) != crc) {
		d->bad_frames++;
		return 0;
	}
	return size;
}

/*
 * Frame f's sequence gap. A hello starts a boot, whose frames count from 0; a
 * number that goes back is a boot whose hello was lost.
 */
static void count_lost(struct tr_decoder *d, struct tr_frame *f)
{
	if (f->kind == TRACE_EXPORT_HELLO || !d->have_seq)
		f->lost = 0;
	else if (f->seq < d->next_seq)
		f->lost = f->seq;
	else
		f->lost = f->seq - d->next_seq;
	d->have_seq = 1;
	d->next_seq = f->seq + 1;
}

int tr_next_frame(struct tr_decoder *d, struct tr_frame *f)
{
	const prtos_u8_t *p;
	size_t size;

	for (; d->pos < d->len; d->pos++, d->garbage++) {
		size = frame_at(d);
		if (!size)
			continue;
		p = d->data + d->pos;
		f->kind = p[2];
		f->len = p[3];
		memcpy(&f->seq, p + 4, sizeof(f->seq));
		f->payload = p + HEAD_SIZE;
		d->pos += size;
		count_lost(d, f);
		return 1;
	}
	return 0;
}
