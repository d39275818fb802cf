/*
 * The core's gcov runtime (Kconfig COVERAGE): when the machine stops, every
 * instrumented object's arc counters leave on the platform's second UART as the
 * .gcda file gcc's gcov would have written, framed for scripts/coverage-merge.pl
 * (doc/coverage.md). The objects are built with -fprofile-info-section: each puts a
 * pointer to its gcov_info in section .gcov_info, which core.lds gathers between
 * __gcov_info_start and __gcov_info_end; no constructor runs at boot. This file and
 * the UART's raw port are not instrumented, so the counters stand still while they
 * are sent.
 */
#include <prtos/gcov.h>
#include <prtos/uart.h>

#if !defined(__GNUC__) || defined(__clang__) || __GNUC__ != 12
#error "gcov.c knows the gcov_info layout and the .gcda format of gcc 12"
#endif

/* The compiler's records (gcc 12: 8 counter kinds; only the arcs' are used here). */
#define GCOV_COUNTERS 8
#define GCOV_COUNTER_ARCS 0

struct gcov_ctr_info {
	prtos_u32_t num;
	prtos_u64_t *values;
};

struct gcov_info;

struct gcov_fn_info {
	const struct gcov_info *key; /* the object that owns it (comdat) */
	prtos_u32_t ident;
	prtos_u32_t lineno_checksum;
	prtos_u32_t cfg_checksum;
	struct gcov_ctr_info ctrs[]; /* one per counter kind the object uses */
};

struct gcov_info {
	prtos_u32_t version;
	struct gcov_info *next;
	prtos_u32_t stamp;
	prtos_u32_t checksum;
	const char *filename; /* the .gcda file, beside the object */
	void (*merge[GCOV_COUNTERS])(prtos_u64_t *, prtos_u32_t); /* set: kind used */
	prtos_u32_t n_functions;
	const struct gcov_fn_info *const *functions;
};

/* The .gcda format of gcc 12: 32-bit words, record lengths in bytes. */
#define GCDA_MAGIC 0x67636461U /* "gcda" */
#define TAG_FUNCTION 0x01000000U
#define TAG_COUNTER_BASE 0x01a10000U
#define TAG_OBJECT_SUMMARY 0xa1000000U

/* The frames on the UART, little-endian words (doc/coverage.md). */
#define FRAME_START 0x53434750U /* "PGCS", then the number of files */
#define FRAME_FILE 0x46434750U	/* "PGCF", name length, name, data length, data, sum */
#define FRAME_END 0x45434750U	/* "PGCE", then the number of files again */
#define EXPORT_UART 1		/* the platform's second UART */
#define EXPORT_BAUD 115200U

extern const struct gcov_info *const __gcov_info_start[];
extern const struct gcov_info *const __gcov_info_end[];

/* Where bytes go: counted (the first pass, for the length), or sent too. */
static struct {
	prtos_u32_t bytes;
	prtos_u32_t sum; /* of the bytes, modulo 2^32 */
	int send;
} out;

/*
 * The address of the merge function marks a counter kind as used in gcov_info. The
 * core never merges: its counters start from zero at every boot, and the host sums
 * the runs.
 */
void __gcov_merge_add(prtos_u64_t *counters, prtos_u32_t n);
void __gcov_merge_add(prtos_u64_t *counters, prtos_u32_t n)
{
	(void)counters;
	(void)n;
}

static void out_bytes(const void *p, prtos_u32_t n)
{
	const prtos_u8_t *b = p;
	prtos_u32_t i, sent;

	for (i = 0; i < n; i++)
		out.sum += b[i];
	out.bytes += n;
	while (out.send && n) {
		sent = uart_raw_send(b, n);
		b += sent;
		n -= sent;
	}
}

static void out_u32(prtos_u32_t v)
{
	out_bytes(&v, sizeof(v));
}

/* A counter as gcov writes it: low word, then high word. */
static void out_u64(prtos_u64_t v)
{
	out_u32((prtos_u32_t)v);
	out_u32((prtos_u32_t)(v >> 32));
}

/* The largest arc count of the object (the summary's sum_max). */
static prtos_u64_t arcs_max(const struct gcov_info *gi)
{
	prtos_u64_t max = 0;
	prtos_u32_t f, i;

	if (!gi->merge[GCOV_COUNTER_ARCS])
		return 0;
	for (f = 0; f < gi->n_functions; f++) {
		const struct gcov_fn_info *fn = gi->functions[f];

		if (!fn || fn->key != gi)
			continue;
		for (i = 0; i < fn->ctrs[0].num; i++)
			if (fn->ctrs[0].values[i] > max)
				max = fn->ctrs[0].values[i];
	}
	return max;
}

/* One function's record and its counters; an empty record for one it does not own. */
static void write_function(const struct gcov_info *gi, const struct gcov_fn_info *fn)
{
	const struct gcov_ctr_info *c = fn ? fn->ctrs : 0;
	prtos_u32_t t, i;

	out_u32(TAG_FUNCTION);
	if (!fn || fn->key != gi) {
		out_u32(0);
		return;
	}
	out_u32(3 * 4);
	out_u32(fn->ident);
	out_u32(fn->lineno_checksum);
	out_u32(fn->cfg_checksum);
	for (t = 0; t < GCOV_COUNTERS; t++) {
		if (!gi->merge[t])
			continue;
		out_u32(TAG_COUNTER_BASE + (t << 17));
		out_u32(c->num * 8);
		for (i = 0; i < c->num; i++)
			out_u64(c->values[i]);
		c++;
	}
}

/* The .gcda file of one object, for a single run. */
static void write_gcda(const struct gcov_info *gi)
{
	prtos_u32_t f;

	out_u32(GCDA_MAGIC);
	out_u32(gi->version);
	out_u32(gi->stamp);
	out_u32(gi->checksum);
	out_u32(TAG_OBJECT_SUMMARY);
	out_u32(2 * 4);
	out_u32(1); /* runs */
	out_u32((prtos_u32_t)arcs_max(gi));
	for (f = 0; f < gi->n_functions; f++)
		write_function(gi, gi->functions[f]);
	out_u32(0);
}

static void send_file(const struct gcov_info *gi)
{
	prtos_u32_t name_len = 0, len;

	out.send = 0;
	out.bytes = 0;
	write_gcda(gi); /* counted only: its length */
	len = out.bytes;
	while (gi->filename[name_len])
		name_len++;
	out.send = 1;
	out.sum = 0;
	out_u32(FRAME_FILE);
	out_u32(name_len);
	out_bytes(gi->filename, name_len);
	out_u32(len);
	write_gcda(gi);
	out_u32(out.sum);
}

/* Interrupts off, the machine stopping: waits for the UART as long as it takes. */
void gcov_dump(void)
{
	prtos_u32_t n = (prtos_u32_t)(__gcov_info_end - __gcov_info_start), i;

	uart_raw_open(EXPORT_UART, EXPORT_BAUD);
	out.send = 1;
	out_u32(FRAME_START);
	out_u32(n);
	for (i = 0; i < n; i++)
		send_file(__gcov_info_start[i]);
	out_u32(FRAME_END);
	out_u32(n);
}
