/* libxml2 glue: load and schema-validate a file, walk elements, read attributes. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlschemas.h>
#include "diag.h"
#include "xml.h"

#define PRTOS_NS "{http://www.prtos.org/prtos-1.x}"

/* The schema, linked in by xsd_blob.S: two distinct objects to C, so their distance is
 * taken as integers. */
extern const char prtoscc_xsd_start[];
extern const char prtoscc_xsd_end[];

/* Drop the namespace noise and the trailing newline from a libxml2 message. */
static void clean_message(const char *in, char *out, size_t len)
{
	size_t ns = strlen(PRTOS_NS), o = 0;

	while (*in && o + 1 < len) {
		if (!strncmp(in, PRTOS_NS, ns)) {
			in += ns;
			continue;
		}
		out[o++] = *in++;
	}
	while (o && (out[o - 1] == '\n' || out[o - 1] == ' '))
		o--;
	out[o] = '\0';
}

#if LIBXML_VERSION >= 21200
#define CC_XML_ERROR const xmlError
#else
#define CC_XML_ERROR xmlError
#endif

static void xml_error(void *ctx, CC_XML_ERROR *err)
{
	char msg[512];

	(void)ctx;
	if (!err || err->level == XML_ERR_NONE)
		return;
	clean_message(err->message ? err->message : "error", msg, sizeof(msg));
	if (err->level == XML_ERR_WARNING)
		diag_warn((unsigned)(err->line > 0 ? err->line : 0), "%s", msg);
	else
		diag_error((unsigned)(err->line > 0 ? err->line : 0), "%s", msg);
}

static int xml_validate(xmlDoc *doc)
{
	xmlSchemaParserCtxtPtr pctxt;
	xmlSchemaPtr schema;
	xmlSchemaValidCtxtPtr vctxt;
	int ret = -1;

	pctxt = xmlSchemaNewMemParserCtxt(prtoscc_xsd_start, (int)((uintptr_t)prtoscc_xsd_end -
								   (uintptr_t)prtoscc_xsd_start));
	if (!pctxt)
		goto err_internal;
	schema = xmlSchemaParse(pctxt);
	xmlSchemaFreeParserCtxt(pctxt);
	if (!schema)
		goto err_internal;
	vctxt = xmlSchemaNewValidCtxt(schema);
	if (vctxt) {
		xmlSchemaSetValidStructuredErrors(vctxt, xml_error, NULL);
		ret = xmlSchemaValidateDoc(vctxt, doc);
		xmlSchemaFreeValidCtxt(vctxt);
	}
	xmlSchemaFree(schema);
	return ret == 0 ? 0 : -1;
err_internal:
	diag_error(0, "internal error: the embedded schema does not load");
	return -1;
}

xmlDoc *xml_load(const char *file)
{
	xmlDoc *doc;
	unsigned before = diag_errors();

	xmlSetStructuredErrorFunc(NULL, xml_error);
	doc = xmlReadFile(file, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
	if (!doc) {
		if (diag_errors() == before)
			diag_error(0, "cannot read or parse the file");
		goto out;
	}
	if (xml_validate(doc)) {
		if (diag_errors() == before)
			diag_error(0, "does not match the PRTOS schema");
		xmlFreeDoc(doc);
		doc = NULL;
	}
out:
	xmlSetStructuredErrorFunc(NULL, NULL);
	return doc;
}

void xml_free(xmlDoc *doc)
{
	xmlFreeDoc(doc);
}

unsigned xml_line(const xmlNode *n)
{
	long line = xmlGetLineNo(n);

	return line > 0 ? (unsigned)line : 0;
}

int xml_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static xmlNode *xml_match(xmlNode *n, const char *name)
{
	for (; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && (!name || xml_is(n, name)))
			return n;
	return NULL;
}

xmlNode *xml_child(const xmlNode *n, const char *name)
{
	return xml_match(n->children, name);
}

xmlNode *xml_next(const xmlNode *n, const char *name)
{
	return xml_match(n->next, name);
}

int xml_attr(const xmlNode *n, const char *name, char *buf, size_t len)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);

	if (!v)
		return 0;
	snprintf(buf, len, "%s", (const char *)v);
	xmlFree(v);
	return 1;
}
