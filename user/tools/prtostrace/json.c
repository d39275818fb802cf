/*
 * A capture as Chrome trace-event JSON, the "traceEvents" form that Perfetto and
 * chrome://tracing open. One process, the system; a track (thread) for the core
 * and one for each partition. Each slot is a complete event ("X") on its
 * partition's track, from its slot record to the next one. Every other record is
 * an instant ("i") with its fields in "args": interrupts and vCPU switches on the
 * core's track, hypercalls, HM events and the partitions' own trace events on the
 * partition's. Times are whole us from the capture's origin; the output depends
 * on the capture and the configuration only.
 */
#include "prtostrace.h"
#include <prtos/hypercalls.h>
#include <string.h>

#define PID 1
#define TID_CORE 1
#define SLOT_NONE 0xFFFFFFFFU

struct json_out {
	FILE *f;
	const struct tr_capture *c;
	const struct prtos_config *cfg;
	struct tr_counts n;
	const struct tr_record *open; /* the slot record whose span is not written yet */
};

static void put_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7E)
			fprintf(f, "\\u%04x", (unsigned char)*s);
		else
			fputc(*s, f);
	}
	fputc('"', f);
}

static int tid_of(const struct json_out *o, prtos_u32_t part)
{
	return part < o->cfg->num_partitions ? (int)part + 2 : TID_CORE;
}

static const char *part_name(const struct json_out *o, prtos_u32_t part)
{
	return part < o->cfg->num_partitions ? o->cfg->partitions[part].name : "?";
}

static unsigned long long ts_of(const struct json_out *o, prtos_u64_t t)
{
	return (unsigned long long)(t - o->c->origin);
}

/* Opens an event: its name, category, phase, track and time; the caller closes it. */
static void event_open(struct json_out *o, const char *name, const char *cat, const char *ph,
		       int tid, prtos_u64_t t)
{
	fputs(",\n{\"name\":", o->f);
	put_string(o->f, name);
	fprintf(o->f, ",\"cat\":\"%s\",\"ph\":\"%s\",\"pid\":%d,\"tid\":%d,\"ts\":%llu", cat, ph,
		PID, tid, ts_of(o, t));
}

/* An instant; args is the inside of its "args" object. */
static void instant(struct json_out *o, const char *name, const char *cat, int tid, prtos_u64_t t,
		    const char *args)
{
	event_open(o, name, cat, "i", tid, t);
	fprintf(o->f, ",\"s\":\"t\",\"args\":{%s}}", args);
	o->n.instants++;
}

static void track_names(struct json_out *o)
{
	char name[64];
	prtos_u32_t i;

	fputs("{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,\"args\":{\"name\":",
	      o->f);
	snprintf(name, sizeof(name), "PRTOS %s", o->cfg->name);
	put_string(o->f, name);
	fputs("}},\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,"
	      "\"args\":{\"name\":\"core\"}},\n"
	      "{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":1,"
	      "\"args\":{\"sort_index\":0}}",
	      o->f);
	for (i = 0; i < o->cfg->num_partitions; i++) {
		fprintf(o->f,
			",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,"
			"\"args\":{\"name\":",
			tid_of(o, i));
		snprintf(name, sizeof(name), "P%u %s", i, part_name(o, i));
		put_string(o->f, name);
		fprintf(o->f,
			"}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,"
			"\"args\":{\"sort_index\":%u}}",
			tid_of(o, i), i + 1);
	}
}

/* Record r's payload, as the 32-bit words the core's events fill. */
static void payload_of(const struct tr_record *r, prtos_u32_t a[4])
{
	prtos_u32_t i;

	for (i = 0; i < 4; i++)
		a[i] = (prtos_u32_t)r->ev.payload[i];
}

/* Writes the open slot's span, ending at time end. */
static void span_close(struct json_out *o, prtos_u64_t end)
{
	const struct tr_record *r = o->open;
	prtos_u32_t a[4];
	char name[32];

	o->open = NULL;
	payload_of(r, a);
	snprintf(name, sizeof(name), "slot %u", a[0]);
	event_open(o, name, "slot", "X", tid_of(o, a[1]), r->time);
	fprintf(o->f,
		",\"dur\":%llu,\"args\":{\"plan\":%u,\"slot\":%u,\"partition\":%u,"
		"\"frame\":%llu}}",
		(unsigned long long)(end - r->time), a[2], a[0], a[1], ts_of(o, r->frame));
	o->n.spans++;
}

static const char *hcall_name(prtos_u32_t nr)
{
	switch (nr) {
#define HCALL_NAME(nr, name, ret, n, params) \
	case nr:                             \
		return #name;
		PRTOS_HYPERCALL_LIST(HCALL_NAME)
		PRTOS_ARCH_HYPERCALL_LIST(HCALL_NAME)
#undef HCALL_NAME
	default:
		return NULL;
	}
}

/* One of the core's records (PRTOS_TRACE_HYP_*). */
static void hyp_event(struct json_out *o, const struct tr_record *r)
{
	prtos_u32_t code = r->ev.op_code_lo >> TRACE_OPCODE_CODE_BIT, a[4];
	char name[64], args[96];
	const char *s;

	payload_of(r, a);
	switch (code) {
	case PRTOS_TRACE_CODE_IRQ:
		snprintf(name, sizeof(name), "irq %u", a[0]);
		snprintf(args, sizeof(args), "\"vector\":%u", a[0]);
		instant(o, name, "irq", TID_CORE, r->time, args);
		return;
	case PRTOS_TRACE_CODE_HCALL:
		s = hcall_name(a[0]);
		if (s)
			snprintf(name, sizeof(name), "%s", s);
		else
			snprintf(name, sizeof(name), "hypercall %u", a[0]);
		snprintf(args, sizeof(args), "\"number\":%u", a[0]);
		instant(o, name, "hypercall", tid_of(o, a[1]), r->time, args);
		return;
	case PRTOS_TRACE_CODE_SCHED:
		if (a[0] == PRTOS_HYPERVISOR_ID)
			snprintf(name, sizeof(name), "switch to idle");
		else
			snprintf(name, sizeof(name), "switch to P%u %s", a[0], part_name(o, a[0]));
		snprintf(args, sizeof(args), "\"partition\":%u", a[0]);
		instant(o, name, "sched", TID_CORE, r->time, args);
		return;
	case PRTOS_TRACE_CODE_HM:
		s = prtos_hm_event_name(a[0]);
		snprintf(name, sizeof(name), "HM %s", s ? s : "?");
		snprintf(args, sizeof(args), "\"event\":%u", a[0]);
		instant(o, name, "hm", tid_of(o, a[1]), r->time, args);
		return;
	case PRTOS_TRACE_CODE_SLOT:
		if (o->open)
			span_close(o, r->time);
		if (a[0] != SLOT_NONE)
			o->open = r;
		return;
	default:
		snprintf(name, sizeof(name), "hypervisor event %u", code);
		snprintf(args, sizeof(args), "\"payload\":[%u,%u,%u,%u]", a[0], a[1], a[2], a[3]);
		instant(o, name, "hypervisor", TID_CORE, r->time, args);
	}
}

/* A record of partition part's own stream (prtos_trace_event). */
static void part_event(struct json_out *o, const struct tr_record *r, prtos_u32_t part)
{
	static const char *const crit[] = {"notify", "debug", "warning", "unrecoverable"};
	const prtos_trace_event_t *ev = &r->ev;
	prtos_u32_t c = (ev->op_code_hi & TRACE_OPCODE_CRIT_MASK) >> TRACE_OPCODE_CRIT_BIT;
	prtos_u32_t code = ev->op_code_lo >> TRACE_OPCODE_CODE_BIT;
	char name[32], args[160], level[16];

	snprintf(name, sizeof(name), "trace %u", code);
	if (c < 4)
		snprintf(level, sizeof(level), "\"%s\"", crit[c]);
	else
		snprintf(level, sizeof(level), "%u", c);
	snprintf(args, sizeof(args),
		 "\"code\":%u,\"criticality\":%s,\"seq\":%u,\"payload\":[%u,%u,%u,%u]", code, level,
		 (ev->op_code_hi & TRACE_OPCODE_SEQ_MASK) >> TRACE_OPCODE_SEQ_BIT,
		 (prtos_u32_t)ev->payload[0], (prtos_u32_t)ev->payload[1],
		 (prtos_u32_t)ev->payload[2], (prtos_u32_t)ev->payload[3]);
	instant(o, name, "trace", tid_of(o, part), r->time, args);
}

/* What comes before record r: frames lost, a new boot (which ends the open slot). */
static void record_context(struct json_out *o, const struct tr_record *r,
			   const struct tr_record *prev)
{
	char args[32];

	if (prev && r->boot != prev->boot) {
		if (o->open)
			span_close(o, prev->time);
		snprintf(args, sizeof(args), "\"boot\":%u", r->boot);
		instant(o, "boot", "boot", TID_CORE, r->time, args);
	}
	if (r->lost) {
		snprintf(args, sizeof(args), "\"frames\":%u", r->lost);
		instant(o, "frames lost", "export", TID_CORE, r->time, args);
	}
}

struct tr_counts tr_write_json(FILE *f, const struct tr_capture *c, const struct prtos_config *cfg)
{
	struct json_out o = {f, c, cfg, {0, 0}, NULL};
	const struct tr_record *r;
	prtos_u32_t part;
	size_t i;

	fputs("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n", f);
	track_names(&o);
	for (i = 0; i < c->num; i++) {
		r = &c->recs[i];
		record_context(&o, r, i ? r - 1 : NULL);
		part = r->ev.op_code_lo & TRACE_OPCODE_PARTID_MASK;
		if (part == PRTOS_HYPERVISOR_ID)
			hyp_event(&o, r);
		else
			part_event(&o, r, part);
	}
	if (o.open)
		span_close(&o, c->recs[c->num - 1].time);
	fputs("\n]}\n", f);
	return o.n;
}
