/* Unit tests of prtoscc --plan-svg: every example's plan timeline parsed back as XML and
 * checked element by element against its configuration, thin slots and escaping, the
 * checked-in doc/plans/ kept up to date with make plans, and writing the file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "diag.h"
#include "report.h"
#include "test_report_fixture.h"

#define MAX_FOUND 512
#define SVG_NS "http://www.w3.org/2000/svg"

static char *render_svg(const struct prtos_config *cf, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	assert_non_null(f);
	plan_svg(f, cf);
	assert_int_equal(fclose(f), 0);
	return buf;
}

/* ---- the SVG as a tree ---- */

/* The attribute's value, or "" (a static copy: valid until the next call). */
static const char *attr(const xmlNode *n, const char *name)
{
	static char value[256];
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);

	snprintf(value, sizeof(value), "%s", v ? (const char *)v : "");
	xmlFree(v);
	return value;
}

static unsigned attr_u32(const xmlNode *n, const char *name)
{
	return (unsigned)strtoul(attr(n, name), NULL, 10);
}

static int is_element(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

/* Every element under n (n included) whose class is cls, in document order. */
static void find_class(xmlNode *n, const char *cls, xmlNode **out, unsigned *count)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp(attr(n, "class"), cls) && *count < MAX_FOUND)
			out[(*count)++] = n;
		find_class(n->children, cls, out, count);
	}
}

static unsigned count_class(xmlNode *n, const char *cls)
{
	static xmlNode *found[MAX_FOUND];
	unsigned count = 0;

	find_class(n, cls, found, &count);
	return count;
}

static xmlNode *child(const xmlNode *n, const char *name)
{
	xmlNode *c;

	for (c = n->children; c; c = c->next)
		if (is_element(c, name))
			return c;
	return NULL;
}

static xmlNode *by_id(xmlNode *root, const char *cls, const char *id)
{
	static xmlNode *found[MAX_FOUND];
	unsigned count = 0, i;

	find_class(root, cls, found, &count);
	for (i = 0; i < count; i++)
		if (!strcmp(attr(found[i], "id"), id))
			return found[i];
	return NULL;
}

/* Parse an SVG: it must be well-formed, with an <svg> root in the SVG namespace. */
static xmlDoc *parse_svg(const char *svg, size_t len)
{
	xmlDoc *doc = xmlReadMemory(svg, (int)len, "plan.svg", "UTF-8", XML_PARSE_NONET);
	xmlNode *root;

	assert_non_null(doc);
	root = xmlDocGetRootElement(doc);
	assert_true(is_element(root, "svg"));
	assert_non_null(root->ns);
	assert_string_equal((const char *)root->ns->href, SVG_NS);
	assert_string_equal(attr(root, "version"), "1.1");
	return doc;
}

/* Code points in s (UTF-8). */
static unsigned chars(const char *s)
{
	unsigned n = 0;

	for (; *s; s++)
		n += (*s & 0xC0) != 0x80;
	return n;
}

/* A slot's labels lie inside its box: each at most as wide as the box at a realistic
 * character width (6 px at 12 px, 5.5 at 11 px), so two slots' labels never overlap. */
static void check_labels_fit(const xmlNode *g, double box_w)
{
	xmlNode *c;

	for (c = g->children; c; c = c->next) {
		xmlChar *text;
		double w;

		if (!is_element(c, "text"))
			continue;
		text = xmlNodeGetContent(c);
		w = chars((const char *)text) * (strcmp(attr(c, "font-size"), "11") ? 6.0 : 5.5);
		if (w > box_w)
			fail_msg("label \"%s\" (%.0f px) overflows its slot (%.1f px)", text, w,
				 box_w);
		xmlFree(text);
	}
}

/* The element of one configured slot: its facts, tooltip, box and labels. */
static void check_slot(xmlNode *root, const struct prtos_config *cf, prtos_u32_t cpu,
		       prtos_u32_t plan, const struct prtos_conf_slot *s)
{
	const char *name = cf->partitions[s->partition_id].name;
	char id[64];
	xmlNode *g, *title, *rect;
	xmlChar *tip;

	snprintf(id, sizeof(id), "cpu%u-plan%u-slot%u", cpu, plan, s->id);
	g = by_id(root, "slot", id);
	if (!g)
		fail_msg("no slot element %s", id);
	assert_string_equal(attr(g, "data-partition"), name);
	assert_int_equal(attr_u32(g, "data-partition-id"), s->partition_id);
	assert_int_equal(attr_u32(g, "data-slot"), s->id);
	assert_int_equal(attr_u32(g, "data-start-us"), s->start);
	assert_int_equal(attr_u32(g, "data-duration-us"), s->duration);
	title = child(g, "title");
	rect = child(g, "rect");
	assert_non_null(title);
	assert_non_null(rect);
	tip = xmlNodeGetContent(title);
	assert_non_null(strstr((const char *)tip, name));
	xmlFree(tip);
	check_labels_fit(g, strtod(attr(rect, "width"), NULL));
}

/* A plan's slots and idle time add up to its major frame exactly. */
static void check_plan_covered(xmlNode *root, const struct prtos_conf_plan *p, prtos_u32_t cpu)
{
	static xmlNode *found[MAX_FOUND];
	char id[64];
	unsigned count = 0, i;
	unsigned long total = 0;
	xmlNode *plan;

	snprintf(id, sizeof(id), "cpu%u-plan%u", cpu, p->id);
	plan = by_id(root, "plan", id);
	assert_non_null(plan);
	assert_int_equal(attr_u32(plan, "data-major-frame-us"), p->major_frame);
	find_class(plan->children, "slot", found, &count);
	assert_int_equal(count, p->num_slots);
	find_class(plan->children, "idle", found, &count);
	for (i = 0; i < count; i++)
		total += attr_u32(found[i], "data-duration-us");
	assert_int_equal(total, p->major_frame);
	snprintf(id, sizeof(id), "cpu%u-plan%u-major-frame", cpu, p->id);
	assert_non_null(by_id(plan, "major-frame", id));
}

static void check_legend(xmlNode *root, const struct prtos_config *cf)
{
	static xmlNode *found[MAX_FOUND];
	unsigned count = 0, i;

	find_class(root, "legend-entry", found, &count);
	assert_int_equal(count, cf->num_partitions);
	for (i = 0; i < count; i++) {
		assert_string_equal(attr(found[i], "data-partition"), cf->partitions[i].name);
		assert_int_equal(attr_u32(found[i], "data-partition-id"), i);
	}
	assert_int_equal(count_class(root, "legend-idle"), 1);
	assert_int_equal(count_class(root, "legend-major-frame"), 1);
}

/* The whole SVG of cf: one element per configured slot, per plan, per partition. */
static void check_svg(const struct prtos_config *cf, const char *svg, size_t len)
{
	xmlDoc *doc = parse_svg(svg, len);
	xmlNode *root = xmlDocGetRootElement(doc);
	prtos_u32_t i, j, k, plans = 0;

	assert_int_equal(count_class(root, "slot"), cf->num_slots);
	for (i = 0; i < cf->num_cpus; i++)
		for (j = 0; j < cf->cpus[i].num_plans; j++, plans++) {
			const struct prtos_conf_plan *p = &cf->cpus[i].plans[j];

			for (k = p->first_slot; k < p->first_slot + p->num_slots; k++)
				check_slot(root, cf, i, p->id, &cf->slots[k]);
			check_plan_covered(root, p, i);
		}
	assert_int_equal(count_class(root, "plan"), plans);
	assert_int_equal(count_class(root, "major-frame"), plans);
	check_legend(root, cf);
	xmlFreeDoc(doc);
}

/* Every example's SVG: well-formed and, slot by slot, what its XML configures. */
static void test_svg_examples(void **state)
{
	char *names[MAX_EXAMPLES];
	unsigned n = report_examples(names), i;

	(void)state;
	for (i = 0; i < n; i++) {
		struct cc_model *m = report_compile_example(names[i]);
		size_t len;
		char *svg = render_svg(&m->cf, &len);

		check_svg(&m->cf, svg, len);
		free(svg);
		free(m);
	}
	report_free_names(names, n);
}

/* The same XML gives the same bytes, from two separate compiles. */
static void test_svg_deterministic(void **state)
{
	struct cc_model *a = report_compile_example("plan_switch"),
			*b = report_compile_example("plan_switch");
	size_t la, lb;
	char *sa = render_svg(&a->cf, &la), *sb = render_svg(&b->cf, &lb);

	(void)state;
	assert_int_equal(la, lb);
	assert_memory_equal(sa, sb, la);
	free(sa);
	free(sb);
	free(a);
	free(b);
}

/* doc/plans/<example>.svg is what `make plans` writes now, and the README links it. */
static void test_svg_checked_in(void **state)
{
	char *names[MAX_EXAMPLES], path[512], link[128], *readme, *file, *svg;
	unsigned n = report_examples(names), i;
	size_t len, file_len, readme_len;

	(void)state;
	readme = report_read_file(PRTOS_TOPDIR "/README.md", &readme_len);
	assert_non_null(readme);
	for (i = 0; i < n; i++) {
		struct cc_model *m = report_compile_example(names[i]);

		svg = render_svg(&m->cf, &len);
		snprintf(path, sizeof(path), "%s/doc/plans/%s.svg", PRTOS_TOPDIR, names[i]);
		file = report_read_file(path, &file_len);
		if (!file || file_len != len || memcmp(file, svg, len))
			fail_msg("doc/plans/%s.svg is missing or stale: run make plans", names[i]);
		snprintf(link, sizeof(link), "(doc/plans/%s.svg)", names[i]);
		if (!strstr(readme, link))
			fail_msg("README.md has no link %s", link);
		free(file);
		free(svg);
		free(m);
	}
	free(readme);
	report_free_names(names, n);
}

/* A 1 s frame of 50 us slots: each is still an element with its tooltip, none has a
 * label, and one mark above the band says how many there are. */
static const char thin_xml[] =
	"<SystemDescription xmlns=\"http://www.prtos.org/prtos-1.x\" version=\"1.0.0\" "
	"name=\"thin\"><HwDescription><MemoryLayout><Region type=\"ram\" start=\"0x0\" "
	"size=\"512MB\"/></MemoryLayout><ProcessorTable><Processor id=\"0\"><CyclicPlanTable>"
	"<Plan id=\"0\" majorFrame=\"1s\">"
	"<Slot id=\"0\" start=\"0us\" duration=\"50us\" partitionId=\"0\"/>"
	"<Slot id=\"1\" start=\"50us\" duration=\"50us\" partitionId=\"1\"/>"
	"<Slot id=\"2\" start=\"100us\" duration=\"50us\" partitionId=\"0\"/>"
	"<Slot id=\"3\" start=\"150us\" duration=\"50us\" partitionId=\"1\"/>"
	"<Slot id=\"4\" start=\"1ms\" duration=\"500ms\" partitionId=\"0\"/>"
	"<Slot id=\"5\" start=\"900ms\" duration=\"60us\" partitionId=\"1\"/>"
	"</Plan></CyclicPlanTable></Processor></ProcessorTable>"
	"<Devices><Uart id=\"0\" baudRate=\"115200\" name=\"Uart\"/></Devices></HwDescription>"
	"<PRTOSHypervisor console=\"Uart\"><PhysicalMemoryArea size=\"4MB\"/></PRTOSHypervisor>"
	"<PartitionTable>"
	"<Partition id=\"0\" name=\"R&amp;D &lt;1&gt;\" console=\"Uart\"><PhysicalMemoryAreas>"
	"<Area start=\"0x6000000\" size=\"1MB\"/></PhysicalMemoryAreas></Partition>"
	"<Partition id=\"1\" name=\"Tiny&quot;s\" console=\"Uart\"><PhysicalMemoryAreas>"
	"<Area start=\"0x6100000\" size=\"1MB\"/></PhysicalMemoryAreas></Partition>"
	"</PartitionTable></SystemDescription>";

static void test_svg_thin_slots(void **state)
{
	static xmlNode *marks[MAX_FOUND];
	struct cc_model *m = report_compile_text(thin_xml);
	size_t len;
	char *svg = render_svg(&m->cf, &len);
	xmlDoc *doc;
	xmlNode *root, *wide;
	xmlChar *tip;
	unsigned count = 0, i;

	(void)state;
	check_svg(&m->cf, svg, len); /* names with & < > " survive, escaped */
	doc = parse_svg(svg, len);
	root = xmlDocGetRootElement(doc);
	for (i = 0; i < 6; i++) {
		char id[32];
		xmlNode *g;

		snprintf(id, sizeof(id), "cpu0-plan0-slot%u", i);
		g = by_id(root, "slot", id);
		assert_non_null(g);
		if (i != 4)
			assert_null(child(g, "text")); /* 50 us of 1 s: no room for a label */
	}
	wide = by_id(root, "slot", "cpu0-plan0-slot4");
	assert_non_null(child(wide, "text"));
	/* Slots 0-3 are one mark (they touch), slot 5 another. */
	find_class(root, "thin-slots", marks, &count);
	assert_int_equal(count, 2);
	tip = xmlNodeGetContent(child(marks[0], "title"));
	assert_non_null(strstr((const char *)tip, "4 slots too short"));
	assert_non_null(strstr((const char *)tip, "slot 1: Tiny\"s"));
	xmlFree(tip);
	xmlFreeDoc(doc);
	free(svg);
	free(m);
}

/* The lines of the summary from the one starting with `from`, up to the next blank one. */
/* report_write: a file appears whole or not at all. */
static void test_report_write(void **state)
{
	char dir[] = "/tmp/prtoscc-report-dir-XXXXXX", path[128], tmp[160];
	struct cc_model *m = report_compile_example("helloworld");
	size_t len, file_len;
	char *svg = render_svg(&m->cf, &len), *file;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/plans.svg", dir);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	assert_int_equal(report_write(path, plan_svg, &m->cf), 0);
	file = report_read_file(path, &file_len);
	assert_non_null(file);
	assert_int_equal(file_len, len);
	assert_memory_equal(file, svg, len);
	assert_int_equal(access(tmp, F_OK), -1);
	unlink(path);
	rmdir(dir);
	/* The folder is gone now: the write fails and leaves nothing. */
	assert_int_equal(report_write(path, plan_svg, &m->cf), -1);
	assert_int_equal(access(path, F_OK), -1);
	free(file);
	free(svg);
	free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_svg_examples),   cmocka_unit_test(test_svg_deterministic),
		cmocka_unit_test(test_svg_checked_in), cmocka_unit_test(test_svg_thin_slots),
		cmocka_unit_test(test_report_write),
	};

	return cmocka_run_group_tests_name("plan_svg", tests, report_setup, report_teardown);
}
