/* Parsers for the XML value syntaxes (sizes, times, frequencies, hex, booleans, HM names). */
#include <stdio.h>
#include <string.h>
#include <prtos/hmdefs.h>
#include "values.h"

#define MAX_FRAC_DIGITS 9

struct fixed {
	prtos_u64_t whole;
	prtos_u64_t frac;     /* fraction digits as an integer */
	prtos_u64_t frac_div; /* 10^(number of fraction digits) */
};

/* Parse "digits[.digits]"; returns the unit suffix that follows, or NULL. */
static const char *parse_fixed(const char *s, struct fixed *f)
{
	int ndig = 0, nfrac = 0;

	f->whole = 0;
	f->frac = 0;
	f->frac_div = 1;
	for (; *s >= '0' && *s <= '9'; s++, ndig++) {
		f->whole = f->whole * 10 + (prtos_u64_t)(*s - '0');
		if (f->whole > MAX_U32 * 2ULL) /* saturate: reported as too large */
			f->whole = MAX_U32 * 2ULL;
	}
	if (!ndig)
		return NULL;
	if (*s != '.')
		return s;
	for (s++; *s >= '0' && *s <= '9'; s++, nfrac++) {
		if (nfrac >= MAX_FRAC_DIGITS) {
			if (*s != '0') /* only trailing zeros past 9 digits */
				return NULL;
			continue;
		}
		f->frac = f->frac * 10 + (prtos_u64_t)(*s - '0');
		f->frac_div *= 10;
	}
	return nfrac ? s : NULL;
}

/* value * mult, exactly; "not whole" if the fraction leaves a remainder. */
static const char *scale(const struct fixed *f, prtos_u64_t mult, prtos_u32_t *out,
			 const char *not_whole)
{
	prtos_u64_t v = f->whole * mult, fr = f->frac * mult;

	if (fr % f->frac_div)
		return not_whole;
	v += fr / f->frac_div;
	if (v > MAX_U32)
		return "value too large";
	*out = (prtos_u32_t)v;
	return NULL;
}

struct unit {
	const char *suffix;
	prtos_u64_t mult;
};

static const char *val_units(const char *s, const struct unit *units, prtos_u32_t *out,
			     const char *syntax, const char *not_whole)
{
	struct fixed f;
	const char *u = parse_fixed(s, &f);

	if (!u)
		return syntax;
	for (; units->suffix; units++)
		if (!strcmp(u, units->suffix))
			return scale(&f, units->mult, out, not_whole);
	return syntax;
}

const char *val_size(const char *s, prtos_u32_t *bytes)
{
	static const struct unit u[] = {{"B", 1}, {"KB", 1024}, {"MB", 1024 * 1024}, {NULL, 0}};

	return val_units(s, u, bytes, "expected a size like 4096B, 512KB or 1.5MB",
			 "not a whole number of bytes");
}

const char *val_time(const char *s, prtos_u32_t *us)
{
	static const struct unit u[] = {{"us", 1}, {"ms", 1000}, {"s", 1000000}, {NULL, 0}};

	return val_units(s, u, us, "expected a time like 100us, 500ms or 2.5s",
			 "not a whole number of microseconds");
}

const char *val_freq(const char *s, prtos_u32_t *khz)
{
	static const struct unit u[] = {{"KHz", 1}, {"MHz", 1000}, {NULL, 0}};

	return val_units(s, u, khz, "expected a frequency like 1000MHz or 500KHz",
			 "not a whole number of KHz");
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

const char *val_hex(const char *s, prtos_u32_t *out)
{
	prtos_u64_t v = 0;
	int d;

	if (s[0] != '0' || (s[1] != 'x' && s[1] != 'X') || !s[2])
		return "expected a hexadecimal number like 0x1000";
	for (s += 2; *s; s++) {
		d = hex_digit(*s);
		if (d < 0)
			return "expected a hexadecimal number like 0x1000";
		v = v * 16 + (prtos_u64_t)d;
		if (v > MAX_U32)
			return "value does not fit in 32 bits";
	}
	*out = (prtos_u32_t)v;
	return NULL;
}

const char *val_dec(const char *s, prtos_u32_t *out)
{
	prtos_u64_t v = 0;

	if (!*s)
		return "expected a decimal number";
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return "expected a decimal number";
		v = v * 10 + (prtos_u64_t)(*s - '0');
		if (v > MAX_U32)
			return "value does not fit in 32 bits";
	}
	*out = (prtos_u32_t)v;
	return NULL;
}

const char *val_num(const char *s, prtos_u32_t *out)
{
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		return val_hex(s, out);
	return val_dec(s, out);
}

const char *val_bool(const char *s, int *out)
{
	if (!strcmp(s, "yes") || !strcmp(s, "true")) {
		*out = 1;
		return NULL;
	}
	if (!strcmp(s, "no") || !strcmp(s, "false")) {
		*out = 0;
		return NULL;
	}
	return "expected yes, no, true or false";
}

/* Event names are the ABI's (prtos_hm_event_name()) behind this prefix. */
#define HM_EVENT_PREFIX "PRTOS_HM_EV_"

static const char *const hm_actions[PRTOS_HM_MAX_ACTIONS] = {
	"PRTOS_HM_AC_IGNORE",
	"PRTOS_HM_AC_SHUTDOWN",
	"PRTOS_HM_AC_PARTITION_COLD_RESET",
	"PRTOS_HM_AC_PARTITION_WARM_RESET",
	"PRTOS_HM_AC_HYPERVISOR_COLD_RESET",
	"PRTOS_HM_AC_HYPERVISOR_WARM_RESET",
	"PRTOS_HM_AC_SUSPEND",
	"PRTOS_HM_AC_PARTITION_HALT",
	"PRTOS_HM_AC_HYPERVISOR_HALT",
	"PRTOS_HM_AC_PROPAGATE",
	"PRTOS_HM_AC_SWITCH_TO_MAINTENANCE",
};

static int name_index(const char *const *names, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], name))
			return i;
	return -1;
}

int val_hm_event(const char *name)
{
	const size_t len = sizeof(HM_EVENT_PREFIX) - 1;
	const char *event;
	unsigned int ev;

	if (strncmp(name, HM_EVENT_PREFIX, len) != 0)
		return -1;
	for (ev = 0; ev < PRTOS_HM_NUM_EVENTS; ev++) {
		event = prtos_hm_event_name(ev);
		if (event && !strcmp(event, name + len))
			return (int)ev;
	}
	return -1;
}

int val_hm_action(const char *name)
{
	return name_index(hm_actions, PRTOS_HM_MAX_ACTIONS, name);
}

const char *val_hm_event_name(int event)
{
	static char xml_name[64];
	const char *name = event < 0 ? NULL : prtos_hm_event_name((unsigned int)event);

	if (!name)
		return "?";
	snprintf(xml_name, sizeof(xml_name), HM_EVENT_PREFIX "%s", name);
	return xml_name;
}

const char *val_hm_action_name(int action)
{
	if (action < 0 || action >= PRTOS_HM_MAX_ACTIONS)
		return "?";
	return hm_actions[action];
}
