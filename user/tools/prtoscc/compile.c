/* The compiler pipeline: load and validate, parse, check every rule, seal the blob and
 * check it again as the loader and the core will. */
#include <string.h>
#include "check.h"
#include "diag.h"
#include "parse.h"
#include "prtoscc.h"
#include "xml.h"

int cc_compile(const char *file, struct cc_model *m)
{
	xmlDoc *doc;
	unsigned before = diag_errors();

	memset(m, 0, sizeof(*m));
	diag_set_file(file);
	doc = xml_load(file);
	if (!doc)
		return -1;
	parse_system(m, xmlDocGetRootElement(doc));
	xml_free(doc);
	check_refs(m);
	check_memory(m);
	check_schedule(m);
	check_cpus(m);
	check_channels(m);
	check_hm(m);
	check_hw(m);
	if (diag_errors() != before)
		return -1;
	check_pools(m); /* from a sound configuration only: the sizes sum its tables */
	if (diag_errors() != before)
		return -1;
	emit_seal(&m->cf);
	return emit_self_check(&m->cf);
}
