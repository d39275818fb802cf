/*
 * prtoscc --summary: the compiled system as text for a reader: the memory map
 * (summary_mem.c), each processor's schedule tables with their idle time, the channels
 * and IPVIs, and every health-monitor table, its configured entries with their XML line.
 */
#include <string.h>
#include "report.h"
#include "values.h"

#define HM_ACTION_PREFIX "PRTOS_HM_AC_"

static const char *part_name(const struct prtos_config *cf, prtos_u32_t id, char *buf, size_t len)
{
	if (id < cf->num_partitions && id < CONFIG_MAX_PARTITIONS)
		snprintf(buf, len, "P%u %s", id, cf->partitions[id].name);
	else
		snprintf(buf, len, "P%u", id);
	return buf;
}

static void print_slot_line(FILE *out, const char *id, prtos_u32_t start, prtos_u32_t end,
			    const char *what)
{
	char a[REPORT_TEXT_LEN], b[REPORT_TEXT_LEN], d[REPORT_TEXT_LEN];

	fprintf(out, "      %-5s %-10s %-10s %-10s %s\n", id, report_time(a, sizeof(a), start, 0),
		report_time(b, sizeof(b), end, 0), report_time(d, sizeof(d), end - start, 0), what);
}

static void print_slot(FILE *out, const struct prtos_config *cf, const struct prtos_conf_slot *s)
{
	char id[16], who[32 + PRTOS_NAME_LEN];
	size_t n;

	snprintf(id, sizeof(id), "%u", s->id);
	part_name(cf, s->partition_id, who, sizeof(who));
	n = strlen(who);
	if (s->partition_id < cf->num_partitions && cf->partitions[s->partition_id].num_vcpus > 1)
		snprintf(who + n, sizeof(who) - n, ", vCPU %u", s->vcpu_id);
	print_slot_line(out, id, s->start, s->start + s->duration, who);
}

static void print_plan(FILE *out, const struct prtos_config *cf, const struct prtos_conf_plan *p)
{
	char frame[REPORT_TEXT_LEN], busy_text[REPORT_TEXT_LEN];
	prtos_u32_t i, t = 0, busy = 0;

	for (i = p->first_slot; i < p->first_slot + p->num_slots && i < CONFIG_MAX_SLOTS; i++)
		busy += cf->slots[i].duration;
	fprintf(out, "    plan %u%s%s%s%s: major frame %s, %u slot%s, busy %s (%u%%)\n", p->id,
		p->name[0] ? " \"" : "", p->name, p->name[0] ? "\"" : "",
		p->id == 0 ? " (runs from boot)" : "",
		report_time(frame, sizeof(frame), p->major_frame, 0), p->num_slots,
		p->num_slots == 1 ? "" : "s", report_time(busy_text, sizeof(busy_text), busy, 0),
		(unsigned)((prtos_u64_t)busy * 100 / (p->major_frame ? p->major_frame : 1)));
	fprintf(out, "      %-5s %-10s %-10s %-10s %s\n", "slot", "start", "end", "duration",
		"partition");
	for (i = p->first_slot; i < p->first_slot + p->num_slots && i < CONFIG_MAX_SLOTS; i++) {
		if (cf->slots[i].start > t)
			print_slot_line(out, "-", t, cf->slots[i].start, "idle");
		print_slot(out, cf, &cf->slots[i]);
		t = cf->slots[i].start + cf->slots[i].duration;
	}
	if (t < p->major_frame)
		print_slot_line(out, "-", t, p->major_frame, "idle");
}

static void print_schedule(FILE *out, const struct prtos_config *cf)
{
	prtos_u32_t i, j;

	fputs("Schedule\n", out);
	for (i = 0; i < cf->num_cpus && i < CONFIG_MAX_CPUS; i++) {
		const struct prtos_conf_cpu *c = &cf->cpus[i];

		if (c->freq_khz)
			fprintf(out, "  processor %u, %u kHz\n", c->id, c->freq_khz);
		else
			fprintf(out, "  processor %u, frequency calibrated at boot\n", c->id);
		for (j = 0; j < c->num_plans && j < CONFIG_MAX_PLANS; j++)
			print_plan(out, cf, &c->plans[j]);
	}
}

/* "P1 Controller:Temperature" for port index i. */
static const char *port_name(const struct prtos_config *cf, prtos_u32_t i, char *buf, size_t len)
{
	char who[16 + PRTOS_NAME_LEN];

	if (i >= cf->num_ports || i >= CONFIG_MAX_PORTS)
		return "?";
	snprintf(buf, len, "%s:%s", part_name(cf, cf->ports[i].partition_id, who, sizeof(who)),
		 cf->ports[i].name);
	return buf;
}

static void print_channel(FILE *out, const struct prtos_config *cf, prtos_u32_t i)
{
	const struct prtos_conf_channel *c = &cf->channels[i];
	char name[32 + PRTOS_PORT_NAME_LEN + PRTOS_NAME_LEN], size[REPORT_TEXT_LEN];
	const char *sep = " -> ";
	prtos_u32_t p;

	fprintf(out, "  %u %-8s  %s", i, c->type == PRTOS_CHANNEL_QUEUING ? "queuing" : "sampling",
		port_name(cf, c->source_port, name, sizeof(name)));
	for (p = 0; p < cf->num_ports && p < CONFIG_MAX_PORTS; p++)
		if (cf->ports[p].channel == i &&
		    cf->ports[p].direction == PRTOS_CONF_PORT_DESTINATION) {
			fprintf(out, "%s%s", sep, port_name(cf, p, name, sizeof(name)));
			sep = ", ";
		}
	if (c->type == PRTOS_CHANNEL_QUEUING)
		fprintf(out, "\n      %u messages of up to %s", c->max_no_msgs,
			report_size(size, sizeof(size), c->max_msg_length));
	else
		fprintf(out, "\n      messages of up to %s, valid %s",
			report_size(size, sizeof(size), c->max_msg_length),
			c->valid_period ? report_time(name, sizeof(name), c->valid_period, 0)
					: "always");
	fprintf(out, "; %u bytes of the channel pool\n", prtos_channel_bytes(c));
}

static void print_ipvi(FILE *out, const struct prtos_config *cf, const struct prtos_conf_ipvi *v)
{
	char who[16 + PRTOS_NAME_LEN];
	const char *sep = " -> ";
	prtos_u32_t p;

	fprintf(out, "  ipvi %u  %s", v->id, part_name(cf, v->source_id, who, sizeof(who)));
	for (p = 0; p < 64; p++)
		if (v->dst_mask[p / 32] & (1U << (p % 32))) {
			fprintf(out, "%s%s", sep, part_name(cf, p, who, sizeof(who)));
			sep = ", ";
		}
	fputc('\n', out);
}

static void print_channels(FILE *out, const struct prtos_config *cf)
{
	char name[32 + PRTOS_PORT_NAME_LEN + PRTOS_NAME_LEN];
	prtos_u32_t i, pool = 0;

	fputs("Channels\n", out);
	for (i = 0; i < cf->num_channels && i < CONFIG_MAX_CHANNELS; i++) {
		print_channel(out, cf, i);
		pool += prtos_channel_bytes(&cf->channels[i]);
	}
	if (!cf->num_channels)
		fputs("  none\n", out);
	else
		fprintf(out, "  channel pool: %u of %u bytes\n", pool, CONFIG_CHANNEL_POOL_BYTES);
	for (i = 0; i < cf->num_ports && i < CONFIG_MAX_PORTS; i++)
		if (cf->ports[i].channel == PRTOS_NO_CHANNEL)
			fprintf(out, "  port on no channel: %s\n",
				port_name(cf, i, name, sizeof(name)));
	for (i = 0; i < cf->num_ipvis && i < CONFIG_MAX_IPVIS; i++)
		print_ipvi(out, cf, &cf->ipvis[i]);
}

static const char *action_name(int action)
{
	const char *name = val_hm_action_name(action);

	return strncmp(name, HM_ACTION_PREFIX, strlen(HM_ACTION_PREFIX))
		       ? name
		       : name + strlen(HM_ACTION_PREFIX);
}

static int hm_same(const struct prtos_conf_hm_entry *a, const struct prtos_conf_hm_entry *b)
{
	return a->action == b->action && a->log == b->log;
}

/* The first event numbered ev or after that has a name (numbers without one are no
 * event), or PRTOS_HM_NUM_EVENTS. */
static int named_event(int ev)
{
	while (ev < PRTOS_HM_NUM_EVENTS && !prtos_hm_event_name((unsigned)ev))
		ev++;
	return ev;
}

/*
 * One HM table. Entries from the XML are listed one by one with their line; a run of
 * consecutive defaults with the same action and logging is one line.
 */
static void print_hm(FILE *out, const char *table, const struct prtos_conf_hm_entry *hm,
		     const unsigned *lines)
{
	char events[96], line[32];
	int ev, last, next, count;

	fprintf(out, "  %s\n", table);
	for (ev = named_event(0); ev < PRTOS_HM_NUM_EVENTS; ev = named_event(last + 1)) {
		last = ev;
		count = 1;
		for (next = named_event(ev + 1); !lines[ev] && next < PRTOS_HM_NUM_EVENTS &&
						 !lines[next] && hm_same(&hm[ev], &hm[next]);
		     next = named_event(next + 1), count++)
			last = next;
		if (last == ev)
			snprintf(events, sizeof(events), "%s", prtos_hm_event_name((unsigned)ev));
		else
			snprintf(events, sizeof(events), "%s .. %s (%d events)",
				 prtos_hm_event_name((unsigned)ev),
				 prtos_hm_event_name((unsigned)last), count);
		snprintf(line, sizeof(line), "XML line %u", lines[ev]);
		fprintf(out, "    %-56s %-22s %-6s %s\n", events, action_name(hm[ev].action),
			hm[ev].log ? "log" : "no log", lines[ev] ? line : "default");
	}
}

static void print_hm_tables(FILE *out, const struct cc_model *m)
{
	const struct prtos_config *cf = &m->cf;
	char who[32 + PRTOS_NAME_LEN];
	prtos_u32_t i;

	fputs("Health monitor (event -> action, logging)\n", out);
	print_hm(out, "hypervisor", cf->hyp.hm, m->hyp_hm_line);
	for (i = 0; i < cf->num_partitions && i < CONFIG_MAX_PARTITIONS; i++) {
		snprintf(who, sizeof(who), "partition %u %s", i, cf->partitions[i].name);
		print_hm(out, who, cf->partitions[i].hm, m->part[i].hm_line);
	}
}

void summary_print(FILE *out, const struct cc_model *m)
{
	const struct prtos_config *cf = &m->cf;

	fprintf(out, "System \"%s\": %u partition%s, %u processor%s, %u channel%s\n\n", cf->name,
		cf->num_partitions, cf->num_partitions == 1 ? "" : "s", cf->num_cpus,
		cf->num_cpus == 1 ? "" : "s", cf->num_channels, cf->num_channels == 1 ? "" : "s");
	summary_memory(out, cf);
	fputc('\n', out);
	budget_print(out, cf);
	fputc('\n', out);
	print_schedule(out, cf);
	fputc('\n', out);
	print_channels(out, cf);
	fputc('\n', out);
	print_hm_tables(out, m);
}
