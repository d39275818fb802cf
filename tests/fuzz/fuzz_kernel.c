/*
 * libFuzzer harness: the core's hypercall validation, on the host arch. Each input
 * boots tests/kernel/system.xml afresh (kfix_boot: Super, a system partition; Worker;
 * Faulty) and is read as what its partitions do, one operation after the other, from
 * whichever partition runs: hypercalls with chosen argument words, timer ticks,
 * exceptions, writes into its own memory. Before the operations, it may leave bytes
 * of its own in the HM log's memory block, which the boot reads as a warm log (the
 * core's reader of HM log records; the host tools have none).
 *
 * Byte 0: bit 0, a 2-byte length and that many bytes for the HM log's block; bit 1,
 * the block's header made one that a warm boot keeps (magic, warm, capacity), so that
 * the ring's total and cursor are the input's. Then operations, c = a byte:
 *   c % 8 < 4  a hypercall: a number byte (under 200: that modulo the table's size,
 *              255: 4 more bytes, else the byte itself), then five argument words
 *   4          a timer tick (the scheduler may switch partitions)
 *   5          an exception of the arch (a byte: which one) in the running partition
 *   6          bytes into the running partition's scratch buffer (2-byte offset, length)
 *   7          the clock moved on (2 bytes: us)
 * An argument word is a selector byte, then: a signed byte, 4 or 8 raw bytes, an
 * address in the caller's scratch buffer or in another partition's area (offsets from
 * the input), a name (of a port, a partition, ...) written in the scratch buffer, or
 * an edge value (limits, area ends, the other areas of Worker).
 *
 * Beyond the sanitizers, it checks after every operation: a partition's canary (the
 * top 4 KiB of its own area) changes only through a hypercall of its own or of the
 * system partition, or by a reset clearing it; Worker's read-only and unmapped areas
 * never change; an unknown hypercall number gets PRTOS_UNKNOWN_HYPERCALL; and no
 * input makes the core panic.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kfix.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_OPS 256
#define CANARY_OFF 0xF000U
#define CANARY_SIZE 0x1000U
#define STR_OFF 0x1000U /* kfix_str's place in the scratch buffer */
#define KF_WORKER_ROM_PA 0x01510000U
#define KF_WORKER_HIDDEN_PA 0x01520000U
#define HM_STORE_MAGIC 0x474C4D48U /* core/kernel/hm_store.c's header */
#define HM_STORE_HDR 24U

/* FUZZ_KERNEL_VERBOSE=1: each hypercall and its result on stderr (to read an input). */
static int verbose;

/* Where each partition's own area is seen by it. */
static const prtos_u32_t part_va[3] = {KF_SUPER_VA, KF_WORKER_VA, KF_FAULTY_VA};

static prtos_word_t edge_value(uint8_t i)
{
	const prtos_word_t own = kfix_buf(0) - KF_DATA_OFF;
	const prtos_word_t edges[] = {
		0,
		1,
		(prtos_word_t)-1,
		0x7FFFFFFFU,
		0x80000000U,
		0xFFFFFFFFU,
		(prtos_word_t)1 << 32,
		(prtos_word_t)1 << 63,
		own + KF_AREA_SIZE,
		own + KF_AREA_SIZE - 1,
		own + KF_AREA_SIZE - 4,
		own - 1,
		KF_WORKER_ROM,
		KF_WORKER_HIDDEN,
		KF_WORKER_MAILBOX,
		KF_MAILBOX_PA,
		PRTOS_HOST_RAM_START,
		PRTOS_HOST_RAM_END - 1,
		KF_CONTAINER_PA,
		KF_HM_LOG_PA,
	};

	return edges[i % (sizeof(edges) / sizeof(edges[0]))];
}

static prtos_word_t name_arg(uint8_t i)
{
	static const char *const names[] = {
		"Temp",	  "Cmds", "Loose", "Super",  "Worker",
		"Faulty", "Uart", "",	   "nosuch", "TempTempTempTempTempTempTempTempTempTemp"};

	return kfix_str(names[i % (sizeof(names) / sizeof(names[0]))]);
}

/* One argument word of a hypercall from the running partition. */
static prtos_word_t arg(struct in *in)
{
	uint8_t s = take8(in);
	prtos_u64_t v;

	switch (s % 8) {
	case 0:
		return (prtos_word_t)(prtos_s64_t)(int8_t)take8(in);
	case 1:
		return take32(in);
	case 2:
		take(in, &v, sizeof(v));
		return v;
	case 3:
		return kfix_buf(take16(in));
	case 4:
		return part_va[take8(in) % 3] + (prtos_word_t)take16(in);
	case 5:
		return name_arg(take8(in));
	case 6:
		return edge_value(take8(in));
	default:
		return kfix_buf(STR_OFF + take8(in));
	}
}

/* Memory that only some may change: its owner (-1: nobody) and what it held. */
struct canary {
	prtos_u32_t pa, size;
	prtos_s32_t owner;
	prtos_u8_t shadow[CANARY_SIZE];
};

static struct canary canaries[] = {
	{KF_SUPER_VA + CANARY_OFF, CANARY_SIZE, KF_SUPER, {0}},
	{KF_WORKER_PA + CANARY_OFF, CANARY_SIZE, KF_WORKER, {0}},
	{KF_FAULTY_VA + CANARY_OFF, CANARY_SIZE, KF_FAULTY, {0}},
	{KF_WORKER_ROM_PA, 0x1000U, -1, {0}},
	{KF_WORKER_HIDDEN_PA, 0x1000U, -1, {0}},
};
#define NUM_CANARIES (sizeof(canaries) / sizeof(canaries[0]))

static void canary_fill(struct canary *c)
{
	prtos_u32_t i;

	for (i = 0; i < c->size; i++)
		c->shadow[i] = (prtos_u8_t)(0xA5 ^ (i * 7) ^ (c->pa >> 16));
	memcpy(host_phys(c->pa, c->size), c->shadow, c->size);
}

static int all_zero(const prtos_u8_t *p, prtos_u32_t n)
{
	prtos_u32_t i;

	for (i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

/* After an operation of partition by (-1: none): who changed what may. */
static void canaries_check(prtos_s32_t by, int hcall)
{
	struct canary *c;
	const prtos_u8_t *now;

	for (c = canaries; c < canaries + NUM_CANARIES; c++) {
		now = host_phys(c->pa, c->size);
		if (!memcmp(now, c->shadow, c->size))
			continue;
		if (c->owner >= 0 && all_zero(now, c->size)) {
			canary_fill(c); /* a cold reset cleared the owner's memory */
			continue;
		}
		if (c->owner < 0 || !hcall || (by != c->owner && by != KF_SUPER)) {
			fprintf(stderr,
				"fuzz_kernel: memory at 0x%08x changed by %s of partition %d\n",
				c->pa, hcall ? "a hypercall" : "an operation", (int)by);
			abort();
		}
		memcpy(c->shadow, now, c->size);
	}
}

static void hypercall(struct in *in)
{
	uint8_t b = take8(in);
	prtos_u32_t nr = b < 200 ? b % PRTOS_HCALL_TABLE_SIZE : b == 255 ? take32(in) : b;
	prtos_word_t a[5];
	prtos_s32_t ret;
	int i;

	for (i = 0; i < 5; i++)
		a[i] = arg(in);
	ret = kfix_hcall(nr, a[0], a[1], a[2], a[3], a[4]);
	if (verbose)
		fprintf(stderr, "P%d hypercall %u (0x%llx, 0x%llx, 0x%llx, 0x%llx, 0x%llx) = %d\n",
			(int)kfix_current(), nr, (unsigned long long)a[0], (unsigned long long)a[1],
			(unsigned long long)a[2], (unsigned long long)a[3],
			(unsigned long long)a[4], ret);
	if (nr >= PRTOS_HCALL_TABLE_SIZE && ret != PRTOS_UNKNOWN_HYPERCALL) {
		fprintf(stderr, "fuzz_kernel: hypercall %u returned %d\n", nr, ret);
		abort();
	}
}

static void fault(struct in *in)
{
	struct hm_cpu_ctxt where;
	prtos_u32_t ev = PRTOS_HM_EV_ARCH_BASE + take8(in) % PRTOS_HM_ARCH_NUM_EVENTS;

	memset(&where, 0, sizeof(where));
	where.pc = take32(in);
	where.err_code = take32(in);
	where.fault_addr = take32(in);
	where.has_fault_addr = where.valid = 1;
	kfix_fault(ev, &where, 1);
}

static void poke(struct in *in)
{
	prtos_u32_t off = take16(in) & 0x1FFFU, n = take8(in);

	take(in, kfix_bufp(off), n);
}

/* The operations, as the running partitions make them (inside host_run). */
static void run_ops(void *arg)
{
	struct in *in = arg;
	prtos_s32_t by;
	uint8_t c;
	int n;

	host_tick(); /* slot 0: Super */
	for (n = 0; n < MAX_OPS && in->left; n++) {
		c = take8(in);
		by = kfix_current();
		if (by < 0 && (c % 8 < 4 || c % 8 == 5 || c % 8 == 6))
			c = 4; /* idle: nobody to make the call; time goes on */
		switch (c % 8) {
		case 4:
			host_tick();
			break;
		case 5:
			fault(in);
			break;
		case 6:
			poke(in);
			break;
		case 7:
			host_set_time(host.now_us + take16(in));
			break;
		default:
			hypercall(in);
		}
		canaries_check(by, c % 8 < 4 || c % 8 == 6);
	}
}

/* The HM log's block as the input has it, and whether its header is made a good one. */
static void hm_log_bytes(struct in *in, uint8_t flags, prtos_u8_t *block, prtos_u32_t *len)
{
	prtos_u32_t hdr[6];

	*len = 0;
	if (!(flags & 1))
		return;
	*len = take16(in) % (KF_HM_LOG_SIZE + 1);
	take(in, block, *len);
	if (!(flags & 2))
		return;
	memcpy(hdr, block, sizeof(hdr));
	hdr[0] = HM_STORE_MAGIC;
	hdr[1] = 1;
	hdr[3] = (KF_HM_LOG_SIZE - HM_STORE_HDR) / sizeof(prtos_hm_log_t);
	memcpy(block, hdr, sizeof(hdr));
	if (*len < sizeof(hdr))
		*len = sizeof(hdr);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static prtos_u8_t block[KF_HM_LOG_SIZE];
	struct kfix_damage d;
	struct in in = {data, size};
	prtos_u32_t i;

	verbose = getenv("FUZZ_KERNEL_VERBOSE") != NULL;
	memset(&d, 0, sizeof(d));
	memset(block, 0, sizeof(block));
	hm_log_bytes(&in, take8(&in), block, &d.hm_log_raw_len);
	d.hm_log_raw = block;
	if (kfix_boot(&d) != HOST_STARTED) {
		fprintf(stderr, "fuzz_kernel: the boot refused the system (exit %d)\n", host.exit);
		abort();
	}
	for (i = 0; i < NUM_CANARIES; i++)
		canary_fill(&canaries[i]);
	host_run(run_ops, &in);
	if (strstr(host.console, "PRTOS PANIC")) {
		fprintf(stderr, "fuzz_kernel: the core panicked:\n%s\n", host.console);
		abort();
	}
	return 0;
}
