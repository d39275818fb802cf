/* Reading the SystemDescription root: dispatch to the section parsers in any order. */
#include <string.h>
#include "diag.h"
#include "parse.h"
#include "xml.h"

void parse_system(struct cc_model *m, const xmlNode *root)
{
	const xmlNode *n;

	parse_hm_defaults(m->cf.hyp.hm, 0);
	m->cf.hyp.start = CONFIG_PRTOS_LOAD_ADDR;
	attr_name(root, "name", m->cf.name, sizeof(m->cf.name));
	xml_for_each(n, root, NULL)
	{
		if (xml_is(n, "HwDescription"))
			parse_hw(m, n);
		else if (xml_is(n, "PRTOSHypervisor"))
			parse_hypervisor(m, n);
		else if (xml_is(n, "ResidentSw"))
			parse_rsw(m, n);
		else if (xml_is(n, "PartitionTable"))
			parse_partitions(m, n);
		else if (xml_is(n, "Channels"))
			parse_channels(m, n);
	}
}
