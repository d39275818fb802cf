/*
 * Plan timelines as SVG 1.1 (prtoscc --plan-svg): for each processor and plan, a row from 0
 * to the major frame with one rect per slot, coloured per partition, idle time hatched, a
 * tick scale, the major frame marked, and a legend. A label that does not fit its slot is
 * left to the slot's tooltip (<title>), so labels never overlap. Written by hand: only
 * fixed-format numbers, no clock, no locale, so the same XML gives the same bytes.
 */
#include <stdlib.h>
#include <string.h>
#include "report.h"

#define WIDTH 960
#define MARGIN 20
#define AXIS_X0 200.0 /* time 0 */
#define AXIS_X1 910.0 /* the end of the major frame */
#define BAND_TOP 24   /* from the top of a plan's row */
#define BAND_H 40
#define ROW_H 96
#define CHAR_W 7.0	 /* width of a 12 px sans-serif character, a little generous */
#define SMALL_CHAR_W 6.2 /* the same at 11 px */
#define PAD 8		 /* room a label keeps inside its slot */
#define MAX_TICKS 10
#define TICK_LABEL_ROOM 44.0 /* a tick label keeps this far from the major frame's */
#define LEGEND_ROW 22
#define THIN_PX 3.0	  /* a slot narrower than this gets a mark above the band */
#define MARK_GAP 12.0	  /* thin slots closer than this share a mark */
#define MARK_LIST 16	  /* slots a mark's tooltip lists */
#define STROKE_MIN_PX 6.0 /* narrower slots get no white edge (it would hide them) */
#define PALETTE_LEN 7

struct colour {
	const char *fill, *text;
};

/* Okabe and Ito's colour-blind-safe palette (its black left out: labels sit on these).
 * From the 8th partition on, a colour comes back with a pattern over it. */
static const struct colour palette[PALETTE_LEN] = {
	{"#0072B2", "#ffffff"}, {"#E69F00", "#000000"}, {"#009E73", "#000000"},
	{"#CC79A7", "#000000"}, {"#56B4E9", "#000000"}, {"#D55E00", "#000000"},
	{"#F0E442", "#000000"},
};
static const char *const overlays[] = {NULL, "url(#stripes)", "url(#dots)"};

static const char defs[] =
	"<defs>\n"
	"<pattern id=\"idle\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
	"patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f7f7f7\"/>"
	"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#d9d9d9\" stroke-width=\"3\"/>"
	"</pattern>\n"
	"<pattern id=\"stripes\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
	"patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
	"stroke=\"#ffffff\" stroke-opacity=\"0.55\" stroke-width=\"2\"/></pattern>\n"
	"<pattern id=\"dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
	"<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#ffffff\" fill-opacity=\"0.7\"/></pattern>\n"
	"</defs>\n";

/* One plan being drawn: its row's top, the unit of its scale, and where its slots are. */
struct row {
	const struct prtos_config *cf;
	const struct prtos_conf_plan *plan;
	prtos_u32_t cpu;
	double top;
	prtos_u32_t unit_us; /* 1, 1000 or 1000000 */
	const char *unit;    /* "µs", "ms" or "s" */
};

static void put_escaped(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		default:
			fputc(*s, f);
		}
	}
}

/* Estimated width in pixels: UTF-8 continuation bytes take no room. */
static double text_width(const char *s, double char_w)
{
	double w = 0;

	for (; *s; s++)
		if ((*s & 0xC0) != 0x80)
			w += char_w;
	return w;
}

/* <text> at (x, y) with extra attributes (may be ""), its content escaped. */
static void put_text(FILE *f, double x, double y, const char *attrs, const char *s)
{
	fprintf(f, "<text x=\"%.1f\" y=\"%.1f\"%s>", x, y, attrs);
	put_escaped(f, s);
	fputs("</text>\n", f);
}

static double time_x(const struct row *r, prtos_u32_t t)
{
	return AXIS_X0 + (AXIS_X1 - AXIS_X0) * (double)t / (double)r->plan->major_frame;
}

/* "2-5 ms" in the row's unit (with an en dash). */
static const char *span_text(char *buf, size_t len, const struct row *r, prtos_u32_t start,
			     prtos_u32_t end)
{
	char a[REPORT_TEXT_LEN], b[REPORT_TEXT_LEN];

	snprintf(buf, len, "%s\xe2\x80\x93%s %s", report_number(a, sizeof(a), start, r->unit_us),
		 report_number(b, sizeof(b), end, r->unit_us), r->unit);
	return buf;
}

static const struct colour *part_colour(prtos_u32_t id)
{
	return &palette[id % PALETTE_LEN];
}

static const char *part_overlay(prtos_u32_t id)
{
	return overlays[id / PALETTE_LEN % (sizeof(overlays) / sizeof(overlays[0]))];
}

/* A box of a partition's colour (and pattern); `attrs` adds to the rect. */
static void part_rect(FILE *f, prtos_u32_t id, double x, double y, double w, double h,
		      const char *attrs)
{
	const char *over = part_overlay(id);

	fprintf(f, "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" fill=\"%s\"%s/>\n",
		x, y, w, h, part_colour(id)->fill, attrs);
	if (over)
		fprintf(f,
			"<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%.1f\" "
			"fill=\"%s\"/>\n",
			x, y, w, h, over);
}

/*
 * The labels of a slot w pixels wide: its partition's name (or "P<id>" if the name does
 * not fit) and, below it, its times if they fit too. Nothing if neither name fits.
 */
static void slot_labels(FILE *f, const struct row *r, const struct prtos_conf_slot *s, double x,
			double w)
{
	const struct prtos_conf_partition *p = &r->cf->partitions[s->partition_id];
	char attrs[96], span[2 * REPORT_TEXT_LEN], short_name[16];
	const char *name = p->name;
	double mid = r->top + BAND_TOP + BAND_H / 2.0;
	int two;

	snprintf(short_name, sizeof(short_name), "P%u", p->id);
	if (text_width(name, CHAR_W) + PAD > w)
		name = short_name;
	if (text_width(name, CHAR_W) + PAD > w)
		return;
	span_text(span, sizeof(span), r, s->start, s->start + s->duration);
	two = text_width(span, SMALL_CHAR_W) + PAD <= w;
	snprintf(attrs, sizeof(attrs), " text-anchor=\"middle\" fill=\"%s\"",
		 part_colour(p->id)->text);
	put_text(f, x + w / 2, two ? mid - 3 : mid + 4, attrs, name);
	if (!two)
		return;
	snprintf(attrs, sizeof(attrs), " text-anchor=\"middle\" font-size=\"11\" fill=\"%s\"",
		 part_colour(p->id)->text);
	put_text(f, x + w / 2, mid + 12, attrs, span);
}

static void slot_title(FILE *f, const struct row *r, const struct prtos_conf_slot *s)
{
	const struct prtos_conf_partition *p = &r->cf->partitions[s->partition_id];
	char span[2 * REPORT_TEXT_LEN], len[REPORT_TEXT_LEN], vcpu[32] = "";

	if (p->num_vcpus > 1)
		snprintf(vcpu, sizeof(vcpu), ", vCPU %u", s->vcpu_id);
	fputs("<title>", f);
	put_escaped(f, p->name);
	fprintf(f, " (partition %u%s): slot %u of plan %u, %s (%s)</title>\n", p->id, vcpu, s->id,
		r->plan->id, span_text(span, sizeof(span), r, s->start, s->start + s->duration),
		report_time(len, sizeof(len), s->duration, 1));
}

static double end_x(const struct row *r, const struct prtos_conf_slot *s)
{
	return time_x(r, s->start + s->duration);
}

static double slot_width(const struct row *r, const struct prtos_conf_slot *s)
{
	return end_x(r, s) - time_x(r, s->start);
}

/* One slot: a group with the slot's facts as attributes, its tooltip, box and labels. */
static void draw_slot(FILE *f, const struct row *r, const struct prtos_conf_slot *s)
{
	const struct prtos_conf_partition *p = &r->cf->partitions[s->partition_id];
	double x = time_x(r, s->start), w = slot_width(r, s);

	fprintf(f, "<g class=\"slot\" id=\"cpu%u-plan%u-slot%u\" data-partition=\"", r->cpu,
		r->plan->id, s->id);
	put_escaped(f, p->name);
	fprintf(f,
		"\" data-partition-id=\"%u\" data-vcpu=\"%u\" data-slot=\"%u\" "
		"data-start-us=\"%u\" data-duration-us=\"%u\">\n",
		p->id, s->vcpu_id, s->id, s->start, s->duration);
	slot_title(f, r, s);
	part_rect(f, p->id, x, r->top + BAND_TOP, w < 1 ? 1 : w, BAND_H,
		  w < STROKE_MIN_PX ? "" : " stroke=\"#ffffff\" stroke-width=\"1\"");
	slot_labels(f, r, s, x, w);
	fputs("</g>\n", f);
}

/* Time in no slot: hatched, with a tooltip, and "idle" written in it when that fits. */
static void draw_idle(FILE *f, const struct row *r, prtos_u32_t start, prtos_u32_t end)
{
	char span[2 * REPORT_TEXT_LEN], len[REPORT_TEXT_LEN];
	double x = time_x(r, start), w = time_x(r, end) - x;

	fprintf(f, "<g class=\"idle\" data-start-us=\"%u\" data-duration-us=\"%u\">\n", start,
		end - start);
	fprintf(f, "<title>idle: no partition runs, %s (%s)</title>\n",
		span_text(span, sizeof(span), r, start, end),
		report_time(len, sizeof(len), end - start, 1));
	fprintf(f,
		"<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\" fill=\"url(#idle)\"/>\n",
		x, r->top + BAND_TOP, w, BAND_H);
	if (text_width("idle", CHAR_W) + PAD <= w)
		put_text(f, x + w / 2, r->top + BAND_TOP + BAND_H / 2.0 + 4,
			 " text-anchor=\"middle\" fill=\"#6f6f6f\" font-style=\"italic\"", "idle");
	fputs("</g>\n", f);
}

static void draw_slots(FILE *f, const struct row *r)
{
	const struct prtos_conf_plan *p = r->plan;
	prtos_u32_t i, t = 0;

	for (i = p->first_slot; i < p->first_slot + p->num_slots && i < CONFIG_MAX_SLOTS; i++) {
		const struct prtos_conf_slot *s = &r->cf->slots[i];

		if (s->start > t)
			draw_idle(f, r, t, s->start);
		draw_slot(f, r, s);
		t = s->start + s->duration;
	}
	if (t < p->major_frame)
		draw_idle(f, r, t, p->major_frame);
}

/* A mark above the band for the thin slots first..last (of the plan's slot table). */
static void draw_mark(FILE *f, const struct row *r, prtos_u32_t first, prtos_u32_t last)
{
	const struct prtos_conf_slot *a = &r->cf->slots[first], *b = &r->cf->slots[last], *s;
	double cx = (time_x(r, a->start) + time_x(r, b->start + b->duration)) / 2;
	double top = r->top + BAND_TOP;
	char span[2 * REPORT_TEXT_LEN];
	prtos_u32_t i, n = 0;

	for (i = first; i <= last; i++)
		n += slot_width(r, &r->cf->slots[i]) < THIN_PX;
	fprintf(f, "<g class=\"thin-slots\">\n<title>%u slot%s too short to see at this scale:", n,
		n == 1 ? "" : "s");
	for (i = first, n = 0; i <= last; i++) {
		s = &r->cf->slots[i];
		if (slot_width(r, s) >= THIN_PX || n++ >= MARK_LIST)
			continue;
		fprintf(f, "\nslot %u: ", s->id);
		put_escaped(f, r->cf->partitions[s->partition_id].name);
		fprintf(f, ", %s",
			span_text(span, sizeof(span), r, s->start, s->start + s->duration));
	}
	if (n > MARK_LIST)
		fprintf(f, "\nand %u more", n - MARK_LIST);
	fprintf(f,
		"</title>\n<path d=\"M %.2f %.1f l 10 0 l -5 8 z\" fill=\"#222222\"/>\n"
		"</g>\n",
		cx - 5, top - 10);
}

/* Slots too thin to see get a mark; thin slots less than MARK_GAP apart share one, so
 * marks never overlap. */
static void draw_marks(FILE *f, const struct row *r)
{
	const struct prtos_conf_plan *p = r->plan;
	const struct prtos_conf_slot *s;
	prtos_u32_t i, first = 0, last = 0;
	int open = 0;

	for (i = p->first_slot; i < p->first_slot + p->num_slots && i < CONFIG_MAX_SLOTS; i++) {
		s = &r->cf->slots[i];
		if (slot_width(r, s) >= THIN_PX)
			continue;
		if (open && time_x(r, s->start) - end_x(r, &r->cf->slots[last]) >= MARK_GAP) {
			draw_mark(f, r, first, last);
			open = 0;
		}
		if (!open)
			first = i;
		open = 1;
		last = i;
	}
	if (open)
		draw_mark(f, r, first, last);
}

/* The smallest step of 1, 2 or 5 times a power of ten that gives at most MAX_TICKS steps. */
static prtos_u64_t tick_step(prtos_u32_t major_frame)
{
	static const prtos_u64_t mult[] = {1, 2, 5};
	prtos_u64_t decade, step = 1;
	unsigned i;

	for (decade = 1; decade <= major_frame; decade *= 10)
		for (i = 0; i < 3; i++) {
			step = mult[i] * decade;
			if ((major_frame + step - 1) / step <= MAX_TICKS)
				return step;
		}
	return step;
}

/* Ticks under the band; the last, at the major frame, carries the unit. */
static void draw_axis(FILE *f, const struct row *r)
{
	const char *label = " text-anchor=\"middle\" font-size=\"11\" fill=\"#444444\"";
	double y = r->top + BAND_TOP + BAND_H, x;
	prtos_u64_t step = tick_step(r->plan->major_frame), t;
	char num[REPORT_TEXT_LEN], last[2 * REPORT_TEXT_LEN];

	fputs("<g class=\"axis\" stroke=\"#444444\">\n", f);
	for (t = 0; t <= r->plan->major_frame; t += step)
		fprintf(f, "<line x1=\"%.2f\" y1=\"%.1f\" x2=\"%.2f\" y2=\"%.1f\"/>\n",
			time_x(r, (prtos_u32_t)t), y, time_x(r, (prtos_u32_t)t), y + 5);
	fputs("</g>\n<g class=\"axis-labels\">\n", f);
	for (t = 0; t < r->plan->major_frame; t += step) {
		x = time_x(r, (prtos_u32_t)t);
		if (AXIS_X1 - x >= TICK_LABEL_ROOM)
			put_text(f, x, y + 17, label,
				 report_number(num, sizeof(num), (prtos_u32_t)t, r->unit_us));
	}
	snprintf(last, sizeof(last), "%s %s",
		 report_number(num, sizeof(num), r->plan->major_frame, r->unit_us), r->unit);
	put_text(f, AXIS_X1, y + 17, label, last);
	fputs("</g>\n", f);
}

/* The frame's outline, and the major frame's end as a bold line. */
static void draw_frame(FILE *f, const struct row *r)
{
	double top = r->top + BAND_TOP;

	fprintf(f,
		"<rect class=\"frame\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" "
		"fill=\"none\" stroke=\"#888888\"/>\n",
		AXIS_X0, top, AXIS_X1 - AXIS_X0, BAND_H);
	fprintf(f,
		"<g class=\"major-frame\" id=\"cpu%u-plan%u-major-frame\" "
		"data-major-frame-us=\"%u\">"
		"\n<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#222222\" "
		"stroke-width=\"3\"/>\n",
		r->cpu, r->plan->id, r->plan->major_frame, AXIS_X1, top - 4, AXIS_X1,
		top + BAND_H + 6);
	fputs("<title>end of the major frame: the plan starts again</title>\n</g>\n", f);
}

static prtos_u32_t busy_time(const struct prtos_config *cf, const struct prtos_conf_plan *p)
{
	prtos_u32_t i, busy = 0;

	for (i = p->first_slot; i < p->first_slot + p->num_slots && i < CONFIG_MAX_SLOTS; i++)
		busy += cf->slots[i].duration;
	return busy;
}

/* Left of the timeline: the plan's id and name, major frame, slots and load, and role. */
static void draw_plan_label(FILE *f, const struct row *r)
{
	const struct prtos_conf_plan *p = r->plan;
	const char *grey = " fill=\"#444444\"";
	char text[64], len[REPORT_TEXT_LEN];
	prtos_u32_t busy = busy_time(r->cf, p);
	double y = r->top + BAND_TOP + 4;

	snprintf(text, sizeof(text), p->name[0] ? "Plan %u: %s" : "Plan %u", p->id, p->name);
	put_text(f, MARGIN, y, " font-weight=\"bold\" font-size=\"13\"", text);
	snprintf(text, sizeof(text), "major frame %s",
		 report_time(len, sizeof(len), p->major_frame, 1));
	put_text(f, MARGIN, y + 16, grey, text);
	snprintf(text, sizeof(text), "%u slot%s, %u%% busy", p->num_slots,
		 p->num_slots == 1 ? "" : "s",
		 (unsigned)((prtos_u64_t)busy * 100 / (p->major_frame ? p->major_frame : 1)));
	put_text(f, MARGIN, y + 32, grey, text);
	if (p->id == 0)
		put_text(f, MARGIN, y + 48, " fill=\"#444444\" font-style=\"italic\"",
			 "runs from boot");
}

static void draw_plan(FILE *f, const struct prtos_config *cf, prtos_u32_t cpu,
		      const struct prtos_conf_plan *p, double top)
{
	struct row r = {cf, p, cpu, top, 1, "\xc2\xb5s"};

	if (p->major_frame >= 10000000) {
		r.unit_us = 1000000;
		r.unit = "s";
	} else if (p->major_frame >= 1000) {
		r.unit_us = 1000;
		r.unit = "ms";
	}
	fprintf(f, "<g class=\"plan\" id=\"cpu%u-plan%u\" data-plan=\"%u\" data-plan-name=\"", cpu,
		p->id, p->id);
	put_escaped(f, p->name);
	fprintf(f, "\" data-major-frame-us=\"%u\">\n", p->major_frame);
	draw_plan_label(f, &r);
	draw_slots(f, &r);
	draw_frame(f, &r);
	draw_marks(f, &r);
	draw_axis(f, &r);
	fputs("</g>\n", f);
}

/* A processor's heading and its plans; returns the y below them. */
static double draw_cpu(FILE *f, const struct prtos_config *cf, prtos_u32_t i, double y)
{
	const struct prtos_conf_cpu *c = &cf->cpus[i];
	char text[64];
	prtos_u32_t j;

	if (c->freq_khz)
		snprintf(text, sizeof(text), "Processor %u (%u kHz)", c->id, c->freq_khz);
	else
		snprintf(text, sizeof(text), "Processor %u", c->id);
	fprintf(f, "<g class=\"processor\" id=\"cpu%u\">\n", c->id);
	put_text(f, MARGIN, y + 16, " font-weight=\"bold\" font-size=\"15\"", text);
	y += 24;
	for (j = 0; j < c->num_plans && j < CONFIG_MAX_PLANS; j++, y += ROW_H)
		draw_plan(f, cf, c->id, &c->plans[j], y);
	fputs("</g>\n", f);
	return y;
}

static int part_scheduled(const struct prtos_config *cf, prtos_u32_t id)
{
	prtos_u32_t i;

	for (i = 0; i < cf->num_slots && i < CONFIG_MAX_SLOTS; i++)
		if (cf->slots[i].partition_id == id)
			return 1;
	return 0;
}

/* Where the next legend entry of width w goes: on this line if it fits, else the next. */
static void legend_place(double *x, double *y, double w)
{
	if (*x + w > WIDTH - MARGIN && *x > MARGIN) {
		*x = MARGIN;
		*y += LEGEND_ROW;
	}
}

static void legend_partition(FILE *f, const struct prtos_conf_partition *p, int scheduled,
			     double *x, double *y)
{
	char text[64];
	double w;

	snprintf(text, sizeof(text), "P%u %s%s%s", p->id, p->name,
		 p->flags & PRTOS_PART_SYSTEM ? " (system)" : "", scheduled ? "" : ", in no slot");
	w = 20 + text_width(text, CHAR_W) + 24;
	legend_place(x, y, w);
	fprintf(f, "<g class=\"legend-entry\" data-partition=\"");
	put_escaped(f, p->name);
	fprintf(f, "\" data-partition-id=\"%u\">\n", p->id);
	part_rect(f, p->id, *x, *y, 14, 14, " stroke=\"#555555\" stroke-width=\"0.5\"");
	put_text(f, *x + 20, *y + 11.5, "", text);
	fputs("</g>\n", f);
	*x += w;
}

/* The colour key, then idle time and the major frame marker; returns the y below it. */
static double draw_legend(FILE *f, const struct prtos_config *cf, double y)
{
	const char *idle = "idle: no partition runs";
	const char *frame = "end of the major frame";
	double x = MARGIN;
	prtos_u32_t i;

	fputs("<g class=\"legend\">\n", f);
	put_text(f, MARGIN, y + 14, " font-weight=\"bold\" font-size=\"13\"", "Partitions");
	y += 24;
	for (i = 0; i < cf->num_partitions && i < CONFIG_MAX_PARTITIONS; i++)
		legend_partition(f, &cf->partitions[i], part_scheduled(cf, i), &x, &y);
	legend_place(&x, &y, 20 + text_width(idle, CHAR_W) + 24);
	fprintf(f,
		"<g class=\"legend-idle\"><rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" "
		"fill=\"url(#idle)\" stroke=\"#555555\" stroke-width=\"0.5\"/>\n",
		x, y);
	put_text(f, x + 20, y + 11.5, "", idle);
	fputs("</g>\n", f);
	x += 20 + text_width(idle, CHAR_W) + 24;
	legend_place(&x, &y, 20 + text_width(frame, CHAR_W));
	fprintf(f,
		"<g class=\"legend-major-frame\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
		"y2=\"%.1f\" stroke=\"#222222\" stroke-width=\"3\"/>\n",
		x + 7, y - 1, x + 7, y + 15);
	put_text(f, x + 20, y + 11.5, "", frame);
	fputs("</g>\n</g>\n", f);
	return y + LEGEND_ROW;
}

/* The drawing, below the title, into f; returns its height. */
static double draw_body(FILE *f, const struct prtos_config *cf)
{
	double y = 64;
	prtos_u32_t i;

	for (i = 0; i < cf->num_cpus && i < CONFIG_MAX_CPUS; i++)
		y = draw_cpu(f, cf, i, y);
	return draw_legend(f, cf, y) + 8;
}

static void draw_header(FILE *f, const struct prtos_config *cf, double height)
{
	char title[PRTOS_SYSTEM_NAME_LEN + 32];

	snprintf(title, sizeof(title), "%s: cyclic plans", cf->name);
	fprintf(f,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" "
		"height=\"%.0f\" viewBox=\"0 0 %d %.0f\" font-family=\"sans-serif\" "
		"font-size=\"12\">\n<title>",
		WIDTH, height, WIDTH, height);
	put_escaped(f, title);
	fputs("</title>\n<desc>Written by prtoscc --plan-svg from the system description."
	      "</desc>\n",
	      f);
	fputs(defs, f);
	fputs("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n", f);
	put_text(f, MARGIN, 30, " font-weight=\"bold\" font-size=\"18\"", title);
	put_text(f, MARGIN, 50, " fill=\"#444444\"",
		 "One row per plan, from 0 to the end of its major frame (the bold line), "
		 "where it starts again. Hover over a slot for its details.");
}

void plan_svg(FILE *out, const struct prtos_config *cf)
{
	char *body = NULL;
	size_t len = 0;
	double height;
	FILE *f = open_memstream(&body, &len);

	if (!f) {
		perror("prtoscc");
		exit(1);
	}
	height = draw_body(f, cf);
	if (ferror(f) | fclose(f)) { /* out of memory: body may be cut short */
		perror("prtoscc");
		exit(1);
	}
	draw_header(out, cf, height);
	fwrite(body, 1, len, out);
	fputs("</svg>\n", out);
	free(body);
}
