/* libxml2 glue: load and schema-validate a file, walk elements, read attributes. */
#ifndef PRTOSCC_XML_H
#define PRTOSCC_XML_H

#include <stddef.h>
#include <libxml/tree.h>

/* Parse and validate against the embedded schema; NULL (errors reported) on failure. */
xmlDoc *xml_load(const char *file);
void xml_free(xmlDoc *doc);
unsigned xml_line(const xmlNode *n);
int xml_is(const xmlNode *n, const char *name);
/* First element child (any name if name is NULL), and the next element sibling. */
xmlNode *xml_child(const xmlNode *n, const char *name);
xmlNode *xml_next(const xmlNode *n, const char *name);
/* Copy attribute `name` into buf; returns 1 if present, 0 if absent. */
int xml_attr(const xmlNode *n, const char *name, char *buf, size_t len);

#define xml_for_each(c, parent, name) \
	for ((c) = xml_child((parent), (name)); (c); (c) = xml_next((c), (name)))

#endif
