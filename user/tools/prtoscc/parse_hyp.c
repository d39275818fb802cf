/* Reading PRTOSHypervisor, ResidentSw, HealthMonitor tables and Trace elements. */
#include <string.h>
#include "diag.h"
#include "parse.h"
#include "values.h"
#include "xml.h"

void parse_hm_defaults(struct prtos_conf_hm_entry *hm, int partition_level)
{
	int ev;

	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++) {
		memset(&hm[ev], 0, sizeof(hm[ev]));
		if (!partition_level) {
			hm[ev].action = PRTOS_HM_AC_HYPERVISOR_HALT;
			hm[ev].log = 1;
			continue;
		}
		hm[ev].action = PRTOS_HM_AC_PARTITION_HALT;
		hm[ev].log = !prtos_hm_event_is_arch((unsigned int)ev); /* the common events */
	}
}

static void parse_event(const xmlNode *n, struct prtos_conf_hm_entry *hm, unsigned *lines)
{
	char name[CC_VAL_LEN] = "", action[CC_VAL_LEN] = "";
	int ev, ac, log = 0;

	xml_attr(n, "name", name, sizeof(name));
	xml_attr(n, "action", action, sizeof(action));
	ev = val_hm_event(name);
	ac = val_hm_action(action);
	if (ev < 0 || ac < 0) {
		diag_error(xml_line(n), "unknown health-monitor %s \"%s\"",
			   ev < 0 ? "event" : "action", ev < 0 ? name : action);
		return;
	}
	if (lines[ev]) {
		diag_error(xml_line(n), "event %s already configured at line %u", name, lines[ev]);
		return;
	}
	attr_bool(n, "log", &log);
	lines[ev] = xml_line(n);
	hm[ev].action = (prtos_u8_t)ac;
	hm[ev].log = (prtos_u8_t)log;
}

void parse_hm(const xmlNode *hm_node, struct prtos_conf_hm_entry *hm, unsigned *lines)
{
	const xmlNode *n;

	xml_for_each(n, hm_node, "Event") parse_event(n, hm, lines);
}

void parse_trace(const xmlNode *n, struct cc_devref *dev, prtos_u32_t *bitmask)
{
	attr_devref(n, "device", dev);
	attr_num(n, "bitmask", bitmask);
}

void parse_hypervisor(struct cc_model *m, const xmlNode *hyp)
{
	struct prtos_conf_hypervisor *h = &m->cf.hyp;
	const xmlNode *n;

	m->hyp_line = xml_line(hyp);
	h->start = CONFIG_PRTOS_LOAD_ADDR;
	attr_devref(hyp, "console", &m->hyp_console);
	attr_devref(hyp, "healthMonitorDevice", &m->hyp_hm_dev);
	xml_for_each(n, hyp, NULL)
	{
		if (xml_is(n, "PhysicalMemoryArea")) {
			m->hyp_area_line = xml_line(n);
			attr_size(n, "size", &h->size);
			attr_area_flags(n, "flags", &h->flags);
		} else if (xml_is(n, "HealthMonitor")) {
			parse_hm(n, h->hm, m->hyp_hm_line);
		} else if (xml_is(n, "Trace")) {
			parse_trace(n, &m->hyp_trace, &h->trace_bitmask);
		}
	}
}

void parse_rsw(struct cc_model *m, const xmlNode *rsw)
{
	struct prtos_conf_rsw *r = &m->cf.rsw;
	const xmlNode *areas = xml_child(rsw, "PhysicalMemoryAreas"), *n;

	if (!areas)
		return;
	xml_for_each(n, areas, "Area")
	{
		if (parse_full(n, r->num_areas, PRTOS_CONF_MAX_RSW_AREAS, "ResidentSw areas",
			       "at most 4"))
			continue;
		m->rsw_line[r->num_areas] = xml_line(n);
		r->areas[r->num_areas].type = PRTOS_REGION_RAM;
		attr_hex(n, "start", &r->areas[r->num_areas].start);
		attr_size(n, "size", &r->areas[r->num_areas].size);
		r->num_areas++;
	}
}
