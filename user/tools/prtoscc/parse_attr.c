/* Typed attribute readers shared by the parse_*.c files. */
#include <stdio.h>
#include <string.h>
#include <prtos/pct.h>
#include "diag.h"
#include "parse.h"
#include "values.h"
#include "xml.h"

typedef const char *(*val_fn)(const char *s, prtos_u32_t *out);

static int attr_value(const xmlNode *n, const char *attr, prtos_u32_t *out, val_fn fn)
{
	char buf[CC_VAL_LEN];
	const char *why;

	if (!xml_attr(n, attr, buf, sizeof(buf)))
		return 0;
	why = fn(buf, out);
	if (why) {
		diag_error(xml_line(n), "%s=\"%s\": %s", attr, buf, why);
		return -1;
	}
	return 1;
}

int attr_dec(const xmlNode *n, const char *attr, prtos_u32_t *out)
{
	return attr_value(n, attr, out, val_dec);
}

int attr_hex(const xmlNode *n, const char *attr, prtos_u32_t *out)
{
	return attr_value(n, attr, out, val_hex);
}

int attr_num(const xmlNode *n, const char *attr, prtos_u32_t *out)
{
	return attr_value(n, attr, out, val_num);
}

int attr_size(const xmlNode *n, const char *attr, prtos_u32_t *out)
{
	return attr_value(n, attr, out, val_size);
}

int attr_time(const xmlNode *n, const char *attr, prtos_u32_t *out)
{
	return attr_value(n, attr, out, val_time);
}

int attr_freq(const xmlNode *n, const char *attr, prtos_u32_t *out)
{
	return attr_value(n, attr, out, val_freq);
}

int attr_bool(const xmlNode *n, const char *attr, int *out)
{
	char buf[CC_VAL_LEN];
	const char *why;

	if (!xml_attr(n, attr, buf, sizeof(buf)))
		return 0;
	why = val_bool(buf, out);
	if (why) {
		diag_error(xml_line(n), "%s=\"%s\": %s", attr, buf, why);
		return -1;
	}
	return 1;
}

/* Names are printed by the core: printable ASCII only, so that none can end a line. */
static int name_printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7E)
			return 0;
	return 1;
}

int attr_name(const xmlNode *n, const char *attr, char *dst, size_t len)
{
	char buf[CC_VAL_LEN];

	if (!xml_attr(n, attr, buf, sizeof(buf)))
		return 0;
	if (!name_printable(buf)) {
		diag_error(xml_line(n),
			   "%s has a character that is not printable ASCII (the core prints names "
			   "on its console)",
			   attr);
		return -1;
	}
	if (strlen(buf) >= len) {
		diag_error(xml_line(n), "%s \"%s\" is too long (at most %zu characters)", attr, buf,
			   len - 1);
		return -1;
	}
	snprintf(dst, len, "%s", buf);
	return 1;
}

int attr_devref(const xmlNode *n, const char *attr, struct cc_devref *ref)
{
	int r = attr_name(n, attr, ref->name, sizeof(ref->name));

	ref->line = r > 0 ? xml_line(n) : 0;
	return r;
}

struct flag_name {
	const char *name;
	prtos_u32_t bit;
};

static int attr_flags(const xmlNode *n, const char *attr, prtos_u32_t *flags,
		      const struct flag_name *names)
{
	char buf[CC_VAL_LEN], *tok, *save = NULL;
	const struct flag_name *f;
	int ret = 1;

	*flags = 0;
	if (!xml_attr(n, attr, buf, sizeof(buf)))
		return 0;
	for (tok = strtok_r(buf, " \t\r\n", &save); tok; tok = strtok_r(NULL, " \t\r\n", &save)) {
		for (f = names; f->name && strcmp(f->name, tok) != 0; f++)
			;
		if (f->name) {
			*flags |= f->bit;
			continue;
		}
		diag_error(xml_line(n), "%s: unknown flag \"%s\"", attr, tok);
		ret = -1;
	}
	return ret;
}

int attr_area_flags(const xmlNode *n, const char *attr, prtos_u32_t *flags)
{
	static const struct flag_name names[] = {{"unmapped", PRTOS_MEM_AREA_UNMAPPED},
						 {"shared", PRTOS_MEM_AREA_SHARED},
						 {"read-only", PRTOS_MEM_AREA_READONLY},
						 {"uncacheable", PRTOS_MEM_AREA_UNCACHEABLE},
						 {"rom", PRTOS_MEM_AREA_ROM},
						 {"flag0", PRTOS_MEM_AREA_FLAG0},
						 {"flag1", PRTOS_MEM_AREA_FLAG1},
						 {"flag2", PRTOS_MEM_AREA_FLAG2},
						 {"flag3", PRTOS_MEM_AREA_FLAG3},
						 {"none", 0},
						 {NULL, 0}};

	return attr_flags(n, attr, flags, names);
}

int attr_part_flags(const xmlNode *n, const char *attr, prtos_u32_t *flags)
{
	static const struct flag_name names[] = {
		{"system", PRTOS_PART_SYSTEM}, {"fp", PRTOS_PART_FP}, {"none", 0}, {NULL, 0}};

	return attr_flags(n, attr, flags, names);
}

void parse_id(const xmlNode *n, const char *what, prtos_u32_t expected, prtos_u32_t *id)
{
	*id = expected;
	if (attr_dec(n, "id", id) <= 0)
		return;
	if (*id != expected)
		diag_error(xml_line(n), "%s id %u is not consecutive (expected %u)", what, *id,
			   expected);
}

int parse_full(const xmlNode *n, prtos_u32_t count, prtos_u32_t cap, const char *what,
	       const char *opt)
{
	if (count < cap)
		return 0;
	if (!strncmp(opt, "CONFIG_", 7))
		diag_error(xml_line(n), "too many %s (raise %s)", what, opt);
	else
		diag_error(xml_line(n), "too many %s (%s)", what, opt);
	return 1;
}
