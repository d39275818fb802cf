/*
 * tracecheck: checks a trace JSON of prtostrace against its system's plan, apart
 * from prtostrace's own code (tests/build/trace.sh).
 *   tracecheck [--jitter US] [--need CAT[:NAME]]... prtos_cf.bin TRACE.json
 * The file must be strict JSON (RFC 8259) in the Chrome trace-event form Perfetto
 * imports: an object whose "traceEvents" array holds events with a name, a phase
 * (X, i or M), integer pid and tid, a ts (X, i), a dur (X), a scope (i). Each slot
 * span must be a slot of the configured plan, on its partition's track, start
 * within US (default 100) after the slot's configured start in its major frame,
 * whose starts are whole major frames apart, and last at most the slot's duration
 * plus US. Every slot of plan 0 must appear. --need wants at least one event of
 * category CAT (and name NAME).
 */
#include <prtos/config_blob.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A parsed JSON value. */
enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };
struct jval {
	enum jtype type;
	double num;
	char *str;	     /* J_STR */
	struct jval **items; /* J_ARR, J_OBJ (values) */
	char **keys;	     /* J_OBJ */
	size_t n;
};

struct parser {
	const char *s, *end;
	const char *start;
	int depth;
};

static const char *trace_file;

static void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void fail(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "tracecheck: %s: ", trace_file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void perr(const struct parser *p, const char *what)
{
	fail("invalid JSON: %s at byte %ld", what, (long)(p->s - p->start));
}

static void skip_ws(struct parser *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r'))
		p->s++;
}

static struct jval *jnew(enum jtype t)
{
	struct jval *v = calloc(1, sizeof(*v));

	if (!v) {
		fprintf(stderr, "tracecheck: out of memory\n");
		exit(1);
	}
	v->type = t;
	return v;
}

static void push(struct jval *v, char *key, struct jval *item)
{
	v->items = realloc(v->items, (v->n + 1) * sizeof(*v->items));
	v->keys = realloc(v->keys, (v->n + 1) * sizeof(*v->keys));
	if (!v->items || !v->keys) {
		fprintf(stderr, "tracecheck: out of memory\n");
		exit(1);
	}
	v->items[v->n] = item;
	v->keys[v->n++] = key;
}

/* The length of the UTF-8 sequence at s (at most left bytes), or 0 if it is not one. */
static int utf8_len(const unsigned char *s, size_t left)
{
	int n = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
	int i;

	if (!n || (size_t)n > left)
		return 0;
	for (i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 0;
	return n;
}

/* A string's bytes, escapes checked and kept as they are (the checks compare ASCII). */
static char *parse_string(struct parser *p)
{
	const char *start = ++p->s;
	char *out;
	int n, i;

	while (p->s < p->end && *p->s != '"') {
		if ((unsigned char)*p->s < 0x20)
			perr(p, "control character in a string");
		if (*p->s == '\\') {
			p->s++;
			if (p->s < p->end && *p->s == 'u') {
				for (i = 1; i <= 4; i++)
					if (p->s + i >= p->end || !isxdigit((unsigned char)p->s[i]))
						perr(p, "bad \\u escape");
				p->s += 5;
				continue;
			}
			if (p->s >= p->end || !strchr("\"\\/bfnrt", *p->s))
				perr(p, "bad escape");
			p->s++;
			continue;
		}
		if ((unsigned char)*p->s >= 0x80) {
			n = utf8_len((const unsigned char *)p->s, (size_t)(p->end - p->s));
			if (!n)
				perr(p, "invalid UTF-8");
			p->s += n;
			continue;
		}
		p->s++;
	}
	if (p->s >= p->end)
		perr(p, "unterminated string");
	out = strndup(start, (size_t)(p->s - start));
	p->s++;
	return out;
}

static int digits(struct parser *p)
{
	const char *start = p->s;

	while (p->s < p->end && isdigit((unsigned char)*p->s))
		p->s++;
	return p->s > start;
}

static struct jval *parse_number(struct parser *p)
{
	const char *start = p->s;
	struct jval *v = jnew(J_NUM);
	char buf[64];

	if (*p->s == '-')
		p->s++;
	if (p->s < p->end && *p->s == '0')
		p->s++;
	else if (!digits(p))
		perr(p, "bad number");
	if (p->s < p->end && *p->s == '.' && (p->s++, !digits(p)))
		perr(p, "bad fraction");
	if (p->s < p->end && (*p->s == 'e' || *p->s == 'E')) {
		p->s++;
		if (p->s < p->end && (*p->s == '+' || *p->s == '-'))
			p->s++;
		if (!digits(p))
			perr(p, "bad exponent");
	}
	if ((size_t)(p->s - start) >= sizeof(buf))
		perr(p, "number too long");
	memcpy(buf, start, (size_t)(p->s - start));
	buf[p->s - start] = '\0';
	v->num = strtod(buf, NULL);
	return v;
}

static struct jval *parse_value(struct parser *p);

/* An array or an object (close is ']' or '}'), at p->s on its opening bracket. */
static struct jval *parse_container(struct parser *p, char close)
{
	struct jval *v = jnew(close == ']' ? J_ARR : J_OBJ);
	char *key = NULL;

	if (++p->depth > 64)
		perr(p, "nested too deep");
	p->s++;
	skip_ws(p);
	if (p->s < p->end && *p->s == close) {
		p->s++;
		p->depth--;
		return v;
	}
	for (;;) {
		skip_ws(p);
		if (close == '}') {
			if (p->s >= p->end || *p->s != '"')
				perr(p, "expected a key");
			key = parse_string(p);
			skip_ws(p);
			if (p->s >= p->end || *p->s++ != ':')
				perr(p, "expected ':'");
		}
		push(v, key, parse_value(p));
		skip_ws(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			continue;
		}
		if (p->s >= p->end || *p->s++ != close)
			perr(p, close == ']' ? "expected ',' or ']'" : "expected ',' or '}'");
		p->depth--;
		return v;
	}
}

static int literal(struct parser *p, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n))
		return 0;
	p->s += n;
	return 1;
}

static struct jval *parse_value(struct parser *p)
{
	struct jval *v;

	skip_ws(p);
	if (p->s >= p->end)
		perr(p, "expected a value");
	if (*p->s == '{')
		return parse_container(p, '}');
	if (*p->s == '[')
		return parse_container(p, ']');
	if (*p->s == '"') {
		v = jnew(J_STR);
		v->str = parse_string(p);
		return v;
	}
	if (*p->s == '-' || isdigit((unsigned char)*p->s))
		return parse_number(p);
	if (literal(p, "true") || literal(p, "false"))
		return jnew(J_BOOL);
	if (literal(p, "null"))
		return jnew(J_NULL);
	perr(p, "unexpected character");
	return NULL;
}

static const struct jval *member(const struct jval *obj, const char *key)
{
	size_t i;

	if (!obj || obj->type != J_OBJ)
		return NULL;
	for (i = 0; i < obj->n; i++)
		if (!strcmp(obj->keys[i], key))
			return obj->items[i];
	return NULL;
}

static const char *str_of(const struct jval *obj, const char *key)
{
	const struct jval *v = member(obj, key);

	return v && v->type == J_STR ? v->str : NULL;
}

/* The whole number obj[key] (>= 0), or -1 if there is none. */
static long long int_of(const struct jval *obj, const char *key)
{
	const struct jval *v = member(obj, key);

	if (!v || v->type != J_NUM || v->num < 0 || v->num != (double)(long long)v->num)
		return -1;
	return (long long)v->num;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f || fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		fail("cannot read %s", path);
	buf = malloc((size_t)n + 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n)
		fail("cannot read %s", path);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* The checks of one run. */
struct check {
	const struct prtos_config *cfg;
	long long jitter;
	const char *track[CONFIG_MAX_PARTITIONS + 2 + 256]; /* tid -> thread name */
	long long first_frame[CONFIG_MAX_PLANS];
	unsigned char seen[CONFIG_MAX_SLOTS];
	long long spans, instants, worst;
};

/* The phase-specific fields of event e (index i). */
static void check_shape(const struct jval *e, long i)
{
	const char *ph = str_of(e, "ph"), *s;

	if (e->type != J_OBJ || !str_of(e, "name") || !ph || int_of(e, "pid") < 0 ||
	    int_of(e, "tid") < 0)
		fail("event %ld: needs an object with name, ph, integer pid and tid", i);
	if (member(e, "args") && member(e, "args")->type != J_OBJ)
		fail("event %ld: args is not an object", i);
	if (!strcmp(ph, "M"))
		return;
	if (strcmp(ph, "X") && strcmp(ph, "i"))
		fail("event %ld: a phase prtostrace does not write", i);
	if (!member(e, "ts") || member(e, "ts")->type != J_NUM || member(e, "ts")->num < 0)
		fail("event %ld: no ts >= 0", i);
	if (!strcmp(ph, "X") && int_of(e, "dur") < 0)
		fail("event %ld: a complete event without a dur >= 0", i);
	s = str_of(e, "s");
	if (!strcmp(ph, "i") && (!s || (strcmp(s, "t") && strcmp(s, "p") && strcmp(s, "g"))))
		fail("event %ld: an instant without a scope", i);
}

static void check_span(struct check *c, const struct jval *e, long i)
{
	const struct jval *a = member(e, "args");
	long long plan = int_of(a, "plan"), slot = int_of(a, "slot"), part = int_of(a, "partition");
	long long frame = int_of(a, "frame"), ts = int_of(e, "ts"), dur = int_of(e, "dur");
	long long tid = int_of(e, "tid"), delay;
	const struct prtos_conf_plan *pl;
	const struct prtos_conf_slot *sl;
	char want[32];

	if (plan < 0 || plan >= c->cfg->cpus[0].num_plans || slot < 0 || part < 0 || frame < 0 ||
	    ts < 0)
		fail("event %ld: a slot span without plan, slot, partition, frame and ts", i);
	pl = &c->cfg->cpus[0].plans[plan];
	if (slot >= pl->num_slots)
		fail("event %ld: a slot the plan does not have", i);
	sl = &c->cfg->slots[pl->first_slot + slot];
	snprintf(want, sizeof(want), "P%u ", sl->partition_id);
	if (part != sl->partition_id ||
	    tid >= (long long)(sizeof(c->track) / sizeof(c->track[0])) || !c->track[tid] ||
	    strncmp(c->track[tid], want, strlen(want)))
		fail("event %ld: the slot's span is not on its partition's track", i);
	if (c->first_frame[plan] < 0)
		c->first_frame[plan] = frame;
	if ((frame - c->first_frame[plan]) % pl->major_frame)
		fail("event %ld: its frame is not whole major frames after the first", i);
	delay = ts - frame - (long long)sl->start;
	if (delay < 0 || delay > c->jitter)
		fail("event %ld: starts %lld us after its configured start", i, delay);
	if (dur > (long long)sl->duration + c->jitter)
		fail("event %ld: lasts longer than its slot", i);
	if (delay > c->worst)
		c->worst = delay;
	if (plan == 0)
		c->seen[slot] = 1;
	c->spans++;
}

/* --need CAT[:NAME]: whether some event matches. */
static int have_event(const struct jval *events, const char *need)
{
	const char *colon = strchr(need, ':'), *cat, *name;
	size_t cat_len = colon ? (size_t)(colon - need) : strlen(need), i;

	for (i = 0; i < events->n; i++) {
		cat = str_of(events->items[i], "cat");
		name = str_of(events->items[i], "name");
		if (cat && strlen(cat) == cat_len && !strncmp(cat, need, cat_len) &&
		    (!colon || (name && !strcmp(name, colon + 1))))
			return 1;
	}
	return 0;
}

static void check_events(struct check *c, const struct jval *events)
{
	const struct jval *e;
	const char *ph, *cat;
	long long tid;
	size_t i;

	for (i = 0; i < events->n; i++) {
		e = events->items[i];
		check_shape(e, (long)i);
		ph = str_of(e, "ph");
		tid = int_of(e, "tid");
		if (!strcmp(ph, "M") && !strcmp(str_of(e, "name"), "thread_name") &&
		    tid < (long long)(sizeof(c->track) / sizeof(c->track[0])))
			c->track[tid] = str_of(member(e, "args"), "name");
	}
	for (i = 0; i < events->n; i++) {
		e = events->items[i];
		ph = str_of(e, "ph");
		cat = str_of(e, "cat");
		if (!strcmp(ph, "X") && cat && !strcmp(cat, "slot"))
			check_span(c, e, (long)i);
		else if (!strcmp(ph, "i"))
			c->instants++;
	}
}

static const struct prtos_config *config_load(const char *path)
{
	size_t len;
	const struct prtos_config *cfg = (const struct prtos_config *)read_file(path, &len);

	if (len != sizeof(*cfg) || cfg->signature != PRTOS_CONFIG_SIGNATURE || !cfg->num_cpus)
		fail("%s: not a configuration blob of this build", path);
	return cfg;
}

int main(int argc, char **argv)
{
	struct check c = {.jitter = 100};
	const char *need[16];
	int num_need = 0, i;
	struct parser p;
	const struct jval *root, *events;
	size_t len;
	char *text;

	trace_file = "tracecheck";
	for (i = 1; i + 1 < argc && !strncmp(argv[i], "--", 2); i += 2) {
		if (!strcmp(argv[i], "--jitter"))
			c.jitter = atoll(argv[i + 1]);
		else if (!strcmp(argv[i], "--need") && num_need < 16)
			need[num_need++] = argv[i + 1];
		else
			fail("unknown option %s", argv[i]);
	}
	if (argc - i != 2) {
		fprintf(stderr, "usage: tracecheck [--jitter US] [--need CAT[:NAME]]... "
				"prtos_cf.bin TRACE.json\n");
		return 2;
	}
	c.cfg = config_load(argv[i]);
	trace_file = argv[i + 1];
	text = read_file(trace_file, &len);
	p.s = p.start = text;
	p.end = text + len;
	p.depth = 0;
	root = parse_value(&p);
	skip_ws(&p);
	if (p.s != p.end)
		perr(&p, "text after the value");
	events = member(root, "traceEvents");
	if (!events || events->type != J_ARR || !events->n)
		fail("no traceEvents array with events");
	memset(c.first_frame, 0xFF, sizeof(c.first_frame));
	check_events(&c, events);
	for (i = 0; i < (int)c.cfg->cpus[0].plans[0].num_slots; i++)
		if (!c.seen[i])
			fail("no span of slot %d of plan 0", i);
	for (i = 0; i < num_need; i++)
		if (!have_event(events, need[i]))
			fail("no event %s", need[i]);
	printf("tracecheck: %s: %lld slot spans match the plan (latest start %lld us after "
	       "the configured one), %lld instants\n",
	       trace_file, c.spans, c.worst, c.instants);
	return 0;
}
